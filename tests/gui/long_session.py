# Run inside real QGIS (run_long_session.sh): a long session of one planner (issue 14, item 6). The sample venue,
# the dock, and ES_PLANS plans one after the other (default 200), each replacing the previous plan's layer
# group, answered as a user would ("Replace the Plan": Yes). After each plan it records the process's resident
# memory, open files (/proc/self/fd) and threads, and how long the plan took; then it checks them against
# the bounds below and writes the figures and OK or FAILED to ES_CHECK_RESULT.
import os
import statistics
import sys
import time

sys.path.insert(0, os.environ["ES_TEST_DIR"])

from qgis.core import QgsProject, QgsVectorLayer  # noqa: E402
from qgis.gui import QgsFileWidget, QgsSpinBox  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPushButton  # noqa: E402
from qgis.utils import iface  # noqa: E402

import qgis_driver as driver  # noqa: E402
from qgis_driver import Wait, sleep  # noqa: E402

SAMPLE_DIR = os.environ["ES_SAMPLE_DIR"]
OUTPUT_DIR = os.environ["ES_OUTPUT_DIR"]
PLANS = int(os.environ.get("ES_PLANS", "200"))
WARM_UP = int(os.environ.get("ES_WARM_UP", "20"))
EVENT = "Long session"
# The bounds, set from measurements with a margin (README, "Tests and CI"): after WARM_UP plans, resident
# memory may grow by at most MEMORY_GROWTH_MB over the rest of the session (measured 17 MB over 180 plans, in
# steps of 3-7 MB as the allocator's arenas grow, none after plan 70 but one), open files and threads not
# at all beyond a small slack (QGIS's connection and thread pools come and go), and the median of the last
# ten plans may take at most SLOWDOWN times the median of plans 6 to 15, in CPU time of the QGIS process (the
# wall time is printed too; it follows the machine's other load, the CPU time follows the plugin's work).
MEMORY_GROWTH_MB = float(os.environ.get("ES_MEMORY_GROWTH_MB", "40"))
FD_SLACK = int(os.environ.get("ES_FD_SLACK", "4"))
THREAD_SLACK = int(os.environ.get("ES_THREAD_SLACK", "4"))
SLOWDOWN = float(os.environ.get("ES_SLOWDOWN", "1.5"))

answerer = driver.Answerer()
answerer.answers["Replace the Plan"] = QMessageBox.Yes
scheduler = None


def cpu_seconds():
    """CPU time of the whole QGIS process so far, every thread (the plan's worker too)."""
    times = os.times()
    return times.user + times.system


def process_figures():
    figures = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "Threads"):
                figures[key] = int(value.split()[0])
    return figures["VmRSS"] / 1024.0, len(os.listdir("/proc/self/fd")), figures["Threads"]


def session():
    layers = {}
    for name in ("buildings", "roads", "venue"):
        layers[name] = QgsVectorLayer(os.path.join(SAMPLE_DIR, name + ".geojson"), name, "ogr")
        QgsProject.instance().addMapLayer(layers[name])
    driver.open_dock()
    driver.dock_child(QLineEdit, "mEventName").setText(EVENT)
    driver.dock_child(QgsSpinBox, "mAttendance").setValue(20000)
    driver.dock_child(QgsFileWidget, "mOutputFolder").setFilePath(os.path.join(OUTPUT_DIR, "plans"))
    driver.dock_child(QComboBox, "mVenueLayer").setLayer(layers["venue"])
    driver.dock_child(QComboBox, "mStreetLayer").setLayer(layers["roads"])
    driver.dock_child(QComboBox, "mBuildingLayer").setLayer(layers["buildings"])
    driver.dock_child(QComboBox, "mVenueScope").setCurrentIndex(0)  # one feature, from the picker
    yield sleep(2.0)  # the picker loads the venue's features

    rows = []
    for plan in range(1, PLANS + 1):
        started, cpu_started = time.time(), cpu_seconds()
        driver.dock_child(QPushButton, "mPlanButton").click()
        yield Wait(lambda: not driver.dock_is_planning(), 300, "plan %d" % plan)
        seconds, cpu = time.time() - started, cpu_seconds() - cpu_started
        yield sleep(0.2)  # let deferred deletions run, as an idle QGIS does between two clicks
        groups = driver.groups_named(EVENT)
        if len(groups) != 1 or len(groups[0].findLayers()) < 9:
            raise RuntimeError("plan %d: %d group(s); %s" % (plan, len(groups), driver.dock_status()))
        rss, fds, threads = process_figures()
        rows.append((plan, cpu, rss, fds, threads, seconds))
        scheduler.write("plan %3d: %.2f s (CPU %.2f s), memory %.1f MB, %d open files, %d threads"
                        % (plan, seconds, cpu, rss, fds, threads))
    return judge(rows)


def judge(rows):
    warm = rows[WARM_UP - 1]
    last = rows[-1]
    peak_fds = max(row[3] for row in rows[WARM_UP - 1:])
    peak_threads = max(row[4] for row in rows[WARM_UP - 1:])
    early = statistics.median(row[1] for row in rows[5:15])
    late = statistics.median(row[1] for row in rows[-10:])
    early_wall = statistics.median(row[5] for row in rows[5:15])
    late_wall = statistics.median(row[5] for row in rows[-10:])
    growth = last[2] - warm[2]
    scheduler.write("FIGURES after %d plans (warm-up %d): memory %.1f -> %.1f MB (growth %.1f MB, bound %.0f); "
                    "open files %d -> %d (peak %d, slack %d); threads %d -> %d (peak %d, slack %d); "
                    "median plan CPU %.2f s (plans 6-15) -> %.2f s (last 10), ratio %.2f (bound %.2f); "
                    "median wall time %.2f s -> %.2f s"
                    % (len(rows), WARM_UP, warm[2], last[2], growth, MEMORY_GROWTH_MB, warm[3], last[3], peak_fds,
                       FD_SLACK, warm[4], last[4], peak_threads, THREAD_SLACK, early, late, late / early, SLOWDOWN,
                       early_wall, late_wall))
    scheduler.check(growth <= MEMORY_GROWTH_MB, "memory grew %.1f MB after warm-up" % growth)
    scheduler.check(last[3] <= warm[3] + FD_SLACK, "open files grew from %d to %d" % (warm[3], last[3]))
    scheduler.check(last[4] <= warm[4] + THREAD_SLACK, "threads grew from %d to %d" % (warm[4], last[4]))
    scheduler.check(late <= SLOWDOWN * early, "the last plans took %.2f s, the early ones %.2f s" % (late, early))
    return "%d plans" % len(rows)


def done(ok):
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    iface.newProject(False)  # QGIS 3.22 can crash deleting a project's layers in its destructor: leave none
    QTimer.singleShot(500, iface.actionExit().trigger)


def start():
    global scheduler
    iface.mainWindow().resize(1600, 1000)
    scheduler = driver.Scheduler(os.environ["ES_CHECK_RESULT"], [("long_session", session)], done)
    scheduler.start()


QTimer.singleShot(2000, start)
