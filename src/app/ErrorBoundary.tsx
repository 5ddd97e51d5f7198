import { Component, type ReactNode } from "react";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the children that failed to render. */
  fallback: (error: unknown) => ReactNode;
  /** A new value (the page's path) shows the children again: the admin has moved on. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  failure: { error: unknown } | undefined;
  resetKey: string | undefined;
}

/** Never a blank page: a render error or missing code becomes a screen that says so. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey
      ? null
      : { failure: undefined, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    return this.state.failure ? this.props.fallback(this.state.failure.error) : this.props.children;
  }
}
