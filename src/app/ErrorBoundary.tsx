import {Component, type ReactNode} from 'react';

interface Props {
  label: string;
  children: ReactNode;
}

/** Keeps a failure in one part (say, WebGL unavailable for the map) from blanking the whole page. */
export class ErrorBoundary extends Component<Props, {error: Error | null}> {
  state = {error: null as Error | null};

  static getDerivedStateFromError(error: Error) {
    return {error};
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-message error" role="alert">
        <p>The {this.props.label} could not be shown: {this.state.error.message}</p>
        <button type="button" className="button" onClick={() => location.reload()}>Reload</button>
      </div>
    );
  }
}
