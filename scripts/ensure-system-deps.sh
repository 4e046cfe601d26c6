#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real, when missing:
#   poppler-utils      pdftotext/pdftoppm, to read rendered PDFs
#   libreoffice-writer converts rendered DOCX to PDF (the "opens in Word" check)
#   chromium           end-to-end tests of the web app
set -euo pipefail
need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
