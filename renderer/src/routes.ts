// The screens of the app, in navigation order. Each screen is a folder in views/; a screen appears here only
// once it exists, so no link ever leads nowhere. Ctrl+1…9 jumps to the screen at that position.
import type { Component } from 'svelte';
import Today from './views/Today/Today.svelte';
import Journal from './views/Journal/Journal.svelte';
import Guide from './views/Guide/Guide.svelte';
import SettingsView from './views/Settings/Settings.svelte';
import Trials from './views/Trials/Trials.svelte';
import Reports from './views/Reports/Reports.svelte';
import Trends from './views/Trends/Trends.svelte';

export interface ScreenRoute {
  screen: string;
  label: string;
  component: Component<{ param: string | null }>;
}

export const ROUTES: ScreenRoute[] = [
  { screen: 'today', label: 'Today', component: Today },
  { screen: 'journal', label: 'Journal', component: Journal },
  { screen: 'trials', label: 'Trials', component: Trials },
  { screen: 'trends', label: 'Trends', component: Trends },
  { screen: 'guide', label: 'Guide', component: Guide },
  { screen: 'reports', label: 'Reports', component: Reports },
  { screen: 'settings', label: 'Settings', component: SettingsView },
];
