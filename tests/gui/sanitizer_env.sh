# Sourced by qgis_with_plugin.sh when the plugin is built with AddressSanitizer: how the real, uninstrumented
# QGIS runs it. What works (QGIS 3.22, GCC 12, Debian 12), and why:
# - LD_PRELOAD of GCC's ASan runtime into qgis.bin itself (not the `qgis` wrapper script, not xvfb-run or
#   Xvfb): ASan must be the first library of the process; the plugin's own libubsan comes with it when QGIS
#   loads the plugin.
# - detect_leaks=0: QGIS leaves much allocated at exit (an empty session: 2,136 reports, 19 MB in 15,873
#   allocations; the only ones through our code are the dock's widgets, left with QGIS's main window);
#   scripts/sanitize.sh's LeakSanitizer run of the test programs covers our leaks.
# - Only our code is instrumented: ASan checks every access the plugin makes, and QGIS's calls into freed
#   memory only where they go through ASan's interceptors. To catch a use after free inside QGIS itself (a
#   worker reading a deleted layer, issue 14), freed memory is filled with 0xbe (max_free_fill_size) and kept
#   out of reuse (ASan's quarantine): a stale pointer read from it points nowhere and crashes at once instead
#   of reading the old values by luck.
# - allow_user_segv_handler=0: ASan keeps its own SIGSEGV/SIGBUS/SIGFPE handlers when QGIS installs its crash
#   handler, so a crash in any thread is reported with that thread's stack (QGIS's handler runs gdb on the
#   main thread only, and gdb needs many minutes to attach to a process with ASan's shadow memory).
# - halt_on_error/abort_on_error: the first report ends QGIS (SIGABRT, which QGIS's crash handler leaves alone)
#   with the report in QGIS's log.
# - What does not work: QtWebKit (the Plugin Manager's details of a selected plugin) hangs
#   under the preloaded runtime; the tests that run this way untick and tick the plugin without selecting it.
# shellcheck disable=SC2034
ES_ASAN_RUNTIME=$(gcc -print-file-name=libasan.so)
ES_QGIS_ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=1:max_free_fill_size=4096:free_fill_byte=190:allow_user_segv_handler=0:${ES_QGIS_ASAN_OPTIONS_EXTRA:-}"
