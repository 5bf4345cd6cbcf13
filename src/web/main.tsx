/** Entry point of the web app bundle. */
import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
