import {Component, type ReactNode} from 'react';

interface Props {
  /** What this part is, for the message: "map", "panel". */
  label: string;
  /** What still works when this part fails, said after the error. */
  stillWorks?: string;
  children: ReactNode;
}

/** Keeps a failure in one part (say, the map) from blanking the whole page, and says what failed. */
export class ErrorBoundary extends Component<Props, {error: Error | null}> {
  state = {error: null as Error | null};

  static getDerivedStateFromError(error: Error) {
    return {error};
  }

  componentDidCatch(error: Error) {
    console.error(`The ${this.props.label} failed:`, error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className={`panel-message error boundary-${this.props.label}`} role="alert">
        <p>The {this.props.label} could not be shown: {this.state.error.message}</p>
        {this.props.stillWorks && <p>{this.props.stillWorks}</p>}
        <button type="button" className="button" onClick={() => location.reload()}>Reload</button>
      </div>
    );
  }
}
