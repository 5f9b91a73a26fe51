// First: zod must be told before any schema is built that the CSP allows no eval.
import './lib/zod-csp';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')! });
