# Run inside real QGIS: `qgis --profiles-path DIR --code tests/gui/qgis_load_check.py` (see run_qgis_check.sh).
# Checks that QGIS loaded the C++ plugin: the provider is registered with its algorithms and groups, the dock
# exists and opens from the plugin's action, then saves a screenshot and quits with 0 (ok) or 1.
import os
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget
from qgis.utils import iface

result_path = os.environ.get("ES_CHECK_RESULT", "/tmp/eventsecurity_qgis_check.txt")
screenshot_path = os.environ.get("ES_CHECK_SCREENSHOT", "/tmp/eventsecurity_qgis_check.png")


def check():
    problems = []
    provider = QgsApplication.processingRegistry().providerById("eventsecurity")
    if provider is None:
        problems.append("provider 'eventsecurity' is not registered")
    else:
        if provider.name() != "Event security":
            problems.append("provider name is %r" % provider.name())
        if provider.icon().isNull():
            problems.append("provider has no icon")
        for algorithm in provider.algorithms():
            if not algorithm.group():
                problems.append("%s has no group" % algorithm.id())
    window = iface.mainWindow()
    dock = window.findChild(QDockWidget, "EventSecurityPlannerDock")
    action = window.findChild(QAction, "mActionEventSecurityPlanner")
    if dock is None:
        problems.append("dock 'Event Security Planner' not found")
    if action is None:
        problems.append("toolbar/menu action not found")
    if dock is not None and action is not None:
        action.trigger()
        QgsApplication.processEvents()
        if not dock.isVisible():
            problems.append("the action did not open the dock")
    algorithms = [a.id() for a in provider.algorithms()] if provider else []
    with open(result_path, "w") as out:
        out.write("algorithms: %s\n" % ", ".join(algorithms))
        out.write("OK\n" if not problems else "FAILED\n" + "\n".join(problems) + "\n")
    QTimer.singleShot(1500, lambda: finish(problems))


def finish(problems):
    window = iface.mainWindow()
    window.grab().save(screenshot_path)
    QgsApplication.exit(1 if problems else 0)


# QGIS runs --code before plugins finish initialising their GUI on some versions: wait a little.
QTimer.singleShot(2000, check)
