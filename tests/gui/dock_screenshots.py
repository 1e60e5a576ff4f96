# Run inside real QGIS (see run_dock_screenshots.sh): loads the sample venue, opens the Event Security
# Planner dock from the plugin's action, fills it as a planner would, takes screenshots before Plan, presses
# Plan, waits for the task, takes screenshots after (main window, dock, layout designer). Writes OK or
# FAILED + problems to ES_CHECK_RESULT and quits.
import os
import traceback

from qgis.core import QgsApplication, QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsSpinBox
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QComboBox, QDockWidget, QLabel, QLineEdit, QMainWindow, QPushButton, QWidget
from qgis.utils import iface

result_path = os.environ["ES_CHECK_RESULT"]
out_dir = os.environ["ES_OUTPUT_DIR"]
sample_dir = os.environ["ES_SAMPLE_DIR"]
event = "Carnaval 2026"
problems = []
notes = []
state = {"waited": 0}


def guarded(step):
    """A Python error in a step ends the check with its traceback instead of leaving QGIS waiting."""
    def run():
        try:
            step()
        except Exception:
            problems.append(traceback.format_exc())
            finish()
    return run


def shot(widget, name):
    path = os.path.join(out_dir, name)
    widget.grab().save(path)
    notes.append("screenshot: " + path)


def dock():
    docks = iface.mainWindow().findChildren(QDockWidget, "EventSecurityPlannerDock")
    return docks[0] if docks else None


def child(kind, name):
    return dock().findChild(kind, name)


@guarded
def start():
    iface.mainWindow().resize(1600, 1000)
    layers = {}
    for name in ("buildings", "roads", "venue"):  # each added on top: venue, roads, buildings
        layer = QgsVectorLayer(os.path.join(sample_dir, name + ".geojson"), name, "ogr")
        if not layer.isValid():
            problems.append("sample layer %s did not load" % name)
        QgsProject.instance().addMapLayer(layer)
        layers[name] = layer
    iface.mapCanvas().setExtent(iface.mapCanvas().mapSettings().layerExtentToOutputExtent(
        layers["venue"], layers["venue"].extent().buffered(0.004)))
    actions = iface.mainWindow().findChildren(QAction, "mActionEventSecurityPlanner")
    if not actions or dock() is None:
        problems.append("the plugin's action or dock is missing")
        return finish()
    actions[0].trigger()
    child(QLineEdit, "mEventName").setText(event)
    child(QgsSpinBox, "mAttendance").setValue(20000)
    child(QComboBox, "mVenueLayer").setLayer(layers["venue"])
    child(QComboBox, "mStreetLayer").setLayer(layers["roads"])
    child(QComboBox, "mBuildingLayer").setLayer(layers["buildings"])
    child(QgsFileWidget, "mOutputFolder").setFilePath(out_dir)
    QTimer.singleShot(3000, before_plan)


@guarded
def before_plan():
    picker = child(QWidget, "mVenueFeature").findChild(QComboBox)
    notes.append("venue feature: %r" % picker.currentText())
    if not picker.currentText():
        problems.append("the venue feature picker shows no feature after 3 s")
    shot(iface.mainWindow(), "dock_before_plan_window.png")
    shot(dock(), "dock_before_plan.png")
    child(QPushButton, "mPlanButton").click()
    QTimer.singleShot(1000, wait_for_plan)


@guarded
def wait_for_plan():
    state["waited"] += 1
    if not child(QPushButton, "mPlanButton").isEnabled() and state["waited"] < 280:
        if state["waited"] == 2:
            shot(dock(), "dock_while_planning.png")
        QTimer.singleShot(1000, wait_for_plan)
        return
    status = child(QLabel, "mStatusLabel").text()
    notes.append("status: " + status)
    group = QgsProject.instance().layerTreeRoot().findGroup(event)
    if group is None:
        problems.append("no layer group %r after Plan" % event)
    else:
        notes.append("group layers: " + ", ".join(layer.name() for layer in group.findLayers()))
    QTimer.singleShot(4000, after_plan)  # let the canvas draw the new layers


@guarded
def after_plan():
    shot(iface.mainWindow(), "dock_after_plan_window.png")
    shot(dock(), "dock_after_plan.png")
    child(QPushButton, "mOpenLayoutButton").click()
    QTimer.singleShot(5000, designer)


@guarded
def designer():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMainWindow) and w is not iface.mainWindow() and w.isVisible()]
    if not windows:
        problems.append("Open Layout did not open the layout designer")
    else:
        windows[0].resize(1600, 1000)
        QgsApplication.processEvents()
        shot(windows[0], "dock_layout_designer.png")
        windows[0].close()
    finish()


def finish():
    with open(result_path, "w") as out:
        out.write("\n".join(notes) + "\n")
        out.write("OK\n" if not problems else "FAILED\n" + "\n".join(problems) + "\n")
    QgsApplication.exit(1 if problems else 0)


QTimer.singleShot(2000, start)
