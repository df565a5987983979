#!/bin/sh
# Starts gbo's local page in your browser. Closing this window stops gbo.
# Start de lokale pagina van gbo in uw browser. Dit venster sluiten stopt gbo.
# Ouvre la page locale de gbo dans votre navigateur. Fermer cette fenêtre arrête gbo.
cd "$(dirname "$0")" || exit 1
exec ./gbo serve
