#!/usr/bin/env bash
# npm run test:wordpress: the plugin in a real WordPress from Debian's packages,
# served by Apache + mod_php on 127.0.0.1 only, with its own MariaDB (socket only,
# no network) under $STATE. Installs the packages when missing (root only), sets
# up a single site and a multisite, runs test/wordpress/check.mjs in Chromium,
# and stops everything it started, also on failure or Ctrl-C.
# Idempotent: every run starts from an empty $STATE; a leftover run is stopped first.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
STATE=${CIVIC_WP_STATE:-/tmp/civic-wp}
PORT=${CIVIC_WP_PORT:-8471}
MS_PORT=$((PORT + 1))
started=$(date +%s)
log() { printf '# wordpress: %s (%ss)\n' "$1" "$(($(date +%s) - started))"; }

exec 9>"$STATE.lock"
flock 9 # one run at a time on this machine

# --- Debian's packages ------------------------------------------------------
PACKAGES=(wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql php-cli)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) != 0 ]]; then
    echo "test:wordpress needs these Debian packages (run as root to install them): ${missing[*]}" >&2
    exit 2
  fi
  log "installing ${missing[*]}"
  # Keep the packages' own services (Apache on :80, the system MariaDB) from starting:
  # this test runs its own, and must leave nothing running.
  guard=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && guard=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [[ -n $guard ]] && rm -f /usr/sbin/policy-rc.d
fi
WP_VERSION=$(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;')
log "WordPress $WP_VERSION (Debian $(dpkg-query -W -f='${Version}' wordpress)), PHP $(php -r 'echo PHP_VERSION;')"

# --- the plugin's generated files (bundle, schema, words) -------------------
# From here to the end the shared build/browser lock is held: other builds in this
# working tree empty dist/, which the generated files and the checks read.
exec 8>/tmp/browser.lock
flock 8
CIVIC_BROWSER_LOCK_HELD=1 node integrations/wordpress/build.mjs

# --- services ---------------------------------------------------------------
APACHE_CONF=$STATE/apache.conf
SOCK=$STATE/run/mysqld.sock
stop_all() {
  if [[ -f $STATE/run/apache.pid ]]; then
    local pid; pid=$(cat "$STATE/run/apache.pid")
    apache2 -f "$APACHE_CONF" -k stop 2>/dev/null || kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  if [[ -f $STATE/run/mysqld.pid ]]; then
    local pid; pid=$(cat "$STATE/run/mysqld.pid")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f /etc/wordpress/config-civicwp-single.php /etc/wordpress/config-civicwp-multi.php
}
# Waits (polling, with a limit) until a command succeeds.
wait_for() {
  local what=$1; shift
  for _ in $(seq 1 300); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "timed out waiting for $what" >&2; return 1
}
stop_all # a run that was killed before its trap ran
trap 'stop_all; log "services stopped"' EXIT
rm -rf "$STATE"
mkdir -p "$STATE"/{db,run,logs,wp-content/plugins,wp-content/uploads}
chmod 755 "$STATE" "$STATE/run"
RUN_AS=$([[ $(id -u) == 0 ]] && echo mysql || id -un)
WEB_USER=$([[ $(id -u) == 0 ]] && echo www-data || id -un)

log "MariaDB"
mariadb-install-db --no-defaults --datadir="$STATE/db" --user="$RUN_AS" \
  --auth-root-authentication-method=normal --skip-test-db >"$STATE/logs/mariadb-install.log" 2>&1
chown -R "$RUN_AS" "$STATE/db" "$STATE/run"
mariadbd --no-defaults --datadir="$STATE/db" --socket="$SOCK" --pid-file="$STATE/run/mysqld.pid" \
  --skip-networking --user="$RUN_AS" --log-error="$STATE/run/mariadb.err" \
  --innodb-buffer-pool-size=64M --skip-log-bin 8>&- 9>&- &
wait_for MariaDB mariadb-admin --no-defaults -S "$SOCK" -u root ping
mariadb --no-defaults -S "$SOCK" -u root -e 'CREATE DATABASE wp; CREATE DATABASE wpms;'

log "WordPress config"
ln -s /usr/share/wordpress/wp-content/themes "$STATE/wp-content/themes"
ln -s /usr/share/wordpress/wp-content/languages "$STATE/wp-content/languages" # wordpress-l10n
cp -r integrations/wordpress/civic-widgets "$STATE/wp-content/plugins/"
chown -R "$WEB_USER" "$STATE/wp-content/uploads"
for site in single multi; do
  port=$([[ $site == single ]] && echo "$PORT" || echo "$MS_PORT")
  db=$([[ $site == single ]] && echo wp || echo wpms)
  {
    echo "<?php // Written by test/wordpress/run.sh; removed when it ends."
    echo "define('DB_NAME', '$db'); define('DB_USER', 'root'); define('DB_PASSWORD', '');"
    echo "define('DB_HOST', 'localhost:$SOCK');"
    echo "define('WP_CONTENT_DIR', '$STATE/wp-content'); define('WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content');"
    echo "define('WP_HOME', 'http://127.0.0.1:$port'); define('WP_SITEURL', 'http://127.0.0.1:$port');"
    # Offline and quiet: no update checks, no calls home, no cron.
    echo "define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);"
    echo "define('WP_ENVIRONMENT_TYPE', 'local'); define('FS_METHOD', 'direct');"
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$k', '$(head -c 32 /dev/urandom | base64 | tr -d '=+/')');"
    done
    if [[ $site == multi ]]; then
      # The network exists once setup.php has created its tables; then WordPress runs as one.
      echo "if (file_exists('$STATE/ms-ready')) {"
      echo "  define('MULTISITE', true); define('SUBDOMAIN_INSTALL', false);"
      echo "  define('DOMAIN_CURRENT_SITE', '127.0.0.1:$port'); define('PATH_CURRENT_SITE', '/');"
      echo "  define('SITE_ID_CURRENT_SITE', 1); define('BLOG_ID_CURRENT_SITE', 1);"
      # A cookie domain with a port is refused by browsers: host-only cookies instead.
      echo "  define('COOKIE_DOMAIN', '');"
      echo "}"
    fi
  } >"/etc/wordpress/config-civicwp-$site.php"
done

log "Apache"
MODS=/usr/lib/apache2/modules
cat >"$APACHE_CONF" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile $STATE/run/apache.pid
DefaultRuntimeDir $STATE/run
Mutex file:$STATE/run default
ErrorLog $STATE/logs/apache-error.log
LogLevel warn
Listen 127.0.0.1:$PORT
Listen 127.0.0.1:$MS_PORT
LoadModule mpm_prefork_module $MODS/mod_mpm_prefork.so
LoadModule authz_core_module $MODS/mod_authz_core.so
LoadModule dir_module $MODS/mod_dir.so
LoadModule mime_module $MODS/mod_mime.so
LoadModule alias_module $MODS/mod_alias.so
LoadModule env_module $MODS/mod_env.so
LoadModule rewrite_module $MODS/mod_rewrite.so
LoadModule php_module $MODS/libphp8.2.so
$([[ $(id -u) == 0 ]] && printf 'User www-data\nGroup www-data\n')
StartServers 4
MaxRequestWorkers 24
TypesConfig /etc/mime.types
DirectoryIndex index.php
<FilesMatch "\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
DocumentRoot /usr/share/wordpress
Alias /wp-content $STATE/wp-content
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
  # WordPress's own rules for pretty permalinks (its .htaccess), as sites use them.
  RewriteEngine On
  RewriteRule ^index\\.php\$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory $STATE/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Require all granted
</Directory>
<VirtualHost 127.0.0.1:$PORT>
  SetEnv WORDPRESS_CONFIG civicwp-single
</VirtualHost>
<VirtualHost 127.0.0.1:$MS_PORT>
  SetEnv WORDPRESS_CONFIG civicwp-multi
</VirtualHost>
CONF
# The daemons must not inherit the locks' descriptors (8, 9): they would hold the locks while they run.
apache2 -f "$APACHE_CONF" -k start 8>&- 9>&-

log "WordPress install (single site and multisite)"
php test/wordpress/setup.php single "$PORT" "$STATE"
php test/wordpress/setup.php network "$MS_PORT" "$STATE"
touch "$STATE/ms-ready"
php test/wordpress/setup.php multi "$MS_PORT" "$STATE"
chown -R "$WEB_USER" "$STATE/wp-content/uploads"
wait_for Apache curl -fsS -o /dev/null "http://127.0.0.1:$PORT/wp-login.php"

log "checks in Chromium"
status=0
CIVIC_WP_URL="http://127.0.0.1:$PORT" CIVIC_WP_MS_URL="http://127.0.0.1:$MS_PORT" CIVIC_WP_VERSION="$WP_VERSION" \
  node test/wordpress/check.mjs || status=$?
if ((status)); then
  echo "# wordpress: Apache's error log:"; tail -20 "$STATE/logs/apache-error.log" || true
fi
log "done"
exit "$status"
