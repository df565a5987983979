@echo off
rem Starts gbo's local page in your browser. Closing this window stops gbo.
rem Start de lokale pagina van gbo in uw browser. Dit venster sluiten stopt gbo.
rem Ouvre la page locale de gbo dans votre navigateur. Fermer cette fenetre arrete gbo.
"%~dp0gbo.exe" serve
if errorlevel 1 pause
