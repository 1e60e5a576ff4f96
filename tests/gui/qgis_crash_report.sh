#!/usr/bin/env bash
# Prints what QGIS's log LOG says about a crash: QGIS's own crash handler (gdb) backtrace of the thread that
# received the signal, and any AddressSanitizer / UndefinedBehaviorSanitizer report. Prints nothing otherwise.
# Usage: qgis_crash_report.sh LOG
log=$1
if grep -q "QGIS died on signal" "$log"; then
  grep -m1 -o "QGIS died on signal [0-9]*" "$log"
  # gdb prints each thread's frames; the crashing one holds "<signal handler called>" (QGIS's handler on top).
  awk '/^Thread [0-9]+ /{block=""; crashed=0} /^#[0-9]+ /{block=block $0 "\n"} /<signal handler called>/{crashed=1}
       /^Thread [0-9]+ /&&printed==0&&prev_crashed{printf "%s", prev; printed=1}
       {prev=block; prev_crashed=crashed} END{if(printed==0&&crashed) printf "%s", block}' "$log" \
    | grep -v " in ?? () " | head -40
fi
if grep -q "ERROR: AddressSanitizer\|runtime error:" "$log"; then
  grep -m1 -A60 "ERROR: AddressSanitizer\|runtime error:" "$log"
fi
