dnl config.m4 for extension qworker

PHP_ARG_WITH([qworker],
  [for qworker support],
  [AS_HELP_STRING([[--with-qworker[=DIR]]],
    [Include the qworker Laravel queue worker. DIR is the hiredis install prefix;
     without it, or with DIR empty or "autodetect" (pecl's default), hiredis is
     found by pkg-config, else in /usr/local, /usr, /opt/homebrew, /opt/local])])

if test "$PHP_QWORKER" != "no"; then
  dnl Only a DIR names where hiredis is; "yes" (no DIR), "autodetect" and ""
  dnl (the pecl prompt answered with Enter or a blank) search for it.
  if test "$PHP_QWORKER" != "yes" && test "$PHP_QWORKER" != "autodetect" && test -n "$PHP_QWORKER"; then
    AC_MSG_CHECKING([for hiredis in $PHP_QWORKER])
    if test -r "$PHP_QWORKER/include/hiredis/hiredis.h"; then
      AC_MSG_RESULT([found])
      PHP_ADD_INCLUDE([$PHP_QWORKER/include])
      PHP_ADD_LIBRARY_WITH_PATH([hiredis], [$PHP_QWORKER/$PHP_LIBDIR], [QWORKER_SHARED_LIBADD])
    else
      AC_MSG_RESULT([not found])
      AC_MSG_ERROR([hiredis not found in $PHP_QWORKER: expected $PHP_QWORKER/include/hiredis/hiredis.h])
    fi
  else
    PKG_CHECK_MODULES([HIREDIS], [hiredis >= 0.13], [
      PHP_EVAL_INCLINE([$HIREDIS_CFLAGS])
      PHP_EVAL_LIBLINE([$HIREDIS_LIBS], [QWORKER_SHARED_LIBADD])
    ], [
      AC_MSG_CHECKING([for hiredis in the usual prefixes])
      QWORKER_HIREDIS_DIR=
      for qworker_dir in /usr/local /usr /opt/homebrew /opt/local; do
        if test -r "$qworker_dir/include/hiredis/hiredis.h"; then
          QWORKER_HIREDIS_DIR=$qworker_dir
          break
        fi
      done
      if test -z "$QWORKER_HIREDIS_DIR"; then
        AC_MSG_RESULT([not found])
        AC_MSG_ERROR([hiredis not found by pkg-config nor in /usr/local, /usr, /opt/homebrew, /opt/local. Install it (Debian: apt-get install libhiredis-dev) or pass --with-qworker=DIR, the hiredis install prefix])
      fi
      AC_MSG_RESULT([$QWORKER_HIREDIS_DIR])
      PHP_ADD_INCLUDE([$QWORKER_HIREDIS_DIR/include])
      PHP_ADD_LIBRARY_WITH_PATH([hiredis], [$QWORKER_HIREDIS_DIR/$PHP_LIBDIR], [QWORKER_SHARED_LIBADD])
    ])
  fi

  PHP_SUBST([QWORKER_SHARED_LIBADD])
  AC_DEFINE([HAVE_QWORKER], [1], [Whether qworker is enabled])

  QWORKER_SOURCES="qworker.c \
    src/qw_call.c \
    src/qw_class_job.c \
    src/qw_class_worker.c \
    src/qw_conn.c \
    src/qw_daemon.c \
    src/qw_error.c \
    src/qw_hooks.c \
    src/qw_http.c \
    src/qw_job.c \
    src/qw_metrics.c \
    src/qw_monitor.c \
    src/qw_number.c \
    src/qw_options.c \
    src/qw_payload.c \
    src/qw_queue.c \
    src/qw_report.c \
    src/qw_pause.c \
    src/qw_pool.c \
    src/qw_restart.c \
    src/qw_scale.c \
    src/qw_scripts.c \
    src/qw_settings.c \
    src/qw_signals.c \
    src/qw_time.c \
    src/qw_worker.c"

  PHP_NEW_EXTENSION([qworker], [$QWORKER_SOURCES], [$ext_shared],, [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall -Wextra -Wno-unused-parameter])
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_EXTENSION_DEP([qworker], [json])
fi
