"""The application shell: start-up, main window, status bar, desk switcher, settings, i18n."""
