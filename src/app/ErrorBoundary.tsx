import {Component, type ReactNode} from 'react';
import {useI18n} from '../i18n/use-i18n';

type Part = 'map' | 'panel';

interface Props {
  /** Which part this is: the message names it and says what still works without it. */
  part: Part;
  children: ReactNode;
}

function Failed({part, error}: {part: Part; error: Error}) {
  const {t} = useI18n();
  return (
    <div className={`panel-message error boundary-${part}`} role="alert">
      <p>{t(`boundary.${part}`)}</p>
      {/* The error itself is the program's, in English: it is there for whoever reports the problem. */}
      <p className="boundary-error" lang="en" dir="ltr">{error.message}</p>
      {part === 'map' && <p>{t('boundary.mapStillWorks')}</p>}
      <button type="button" className="button" onClick={() => location.reload()}>{t('boundary.reload')}</button>
    </div>
  );
}

/** Keeps a failure in one part (say, the map) from blanking the whole page, and says what failed. */
export class ErrorBoundary extends Component<Props, {error: Error | null}> {
  state = {error: null as Error | null};

  static getDerivedStateFromError(error: Error) {
    return {error};
  }

  componentDidCatch(error: Error) {
    console.error(`The ${this.props.part} failed:`, error);
  }

  render() {
    return this.state.error ? <Failed part={this.props.part} error={this.state.error} /> : this.props.children;
  }
}
