import { render } from 'preact';
render(<p>Postwacht</p>, document.getElementById('app')!);
