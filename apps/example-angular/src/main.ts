// Angular's own packages ship partially compiled; the Angular CLI links them at build time. This
// example builds with ngc and esbuild only, so the compiler finishes them when the page starts.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component.js';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) =>
  console.error(error),
);
