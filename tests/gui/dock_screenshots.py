# Run inside real QGIS (see run_dock_screenshots.sh): loads the sample venue, opens the Event Security Planner
# dock from the plugin's action, fills it as a planner would, and takes screenshots for a person to look at:
# the dock at 120 px, 300 px and wide, before Plan, after Plan and with warnings shown; the main window; the
# layout designer. Writes OK or FAILED + problems to ES_CHECK_RESULT and quits.
#
# The warnings: a plan for 10,000,000 people on the sample venue, far above its capacity.
import os
import traceback

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox, QgsFileWidget, QgsSpinBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtWidgets import (QAction, QApplication, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
                                 QMainWindow, QMessageBox, QPushButton, QScrollArea, QWidget)
from qgis.utils import iface

result_path = os.environ["ES_CHECK_RESULT"]
out_dir = os.environ["ES_OUTPUT_DIR"]
sample_dir = os.environ["ES_SAMPLE_DIR"]
event = "Carnaval 2026"
widths = {"120px": 120, "300px": 300, "wide": 520}
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


def answer_replace():
    """Answers "Replace the Plan" with Yes, as the planner does for a second plan of the same event."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.windowTitle() == "Replace the Plan":
        box.button(QMessageBox.Yes).click()
    QTimer.singleShot(100, answer_replace)


def shots_at_widths(stage):
    """The dock at each width (QGIS's dock area gives it that width), top and, where it scrolls, bottom."""
    for label, width in widths.items():
        iface.mainWindow().resizeDocks([dock()], [width], Qt.Horizontal)
        for _ in range(3):  # the dock's new width, then its content's layout
            QgsApplication.processEvents()
        scroll = dock().findChild(QScrollArea)
        notes.append("%s at %s: dock %d px wide, horizontal scroll bar %s" % (
            stage, label, dock().width(), "shown" if scroll.horizontalScrollBar().isVisible() else "not needed"))
        scroll.ensureWidgetVisible(child(QPushButton, "mCancelButton"))
        QgsApplication.processEvents()
        shot(dock(), "dock_%s_%s.png" % (stage, label))
        if stage == "before_plan" and label == "300px":  # a list open: its entries whole
            threat = child(QComboBox, "mThreat")
            scroll.ensureWidgetVisible(threat)
            threat.showPopup()
            QgsApplication.processEvents()
            shot(threat.view().window(), "dock_300px_threat_list.png")
            notes.append("threat list at 300 px: %d px wide; threat box tooltip: %r"
                         % (threat.view().window().width(), threat.toolTip()))
            threat.hidePopup()
        figures = child(QGroupBox, "mResultsBox")
        if figures is not None and figures.isVisible():  # the key figures and the queues, from their top
            scroll.verticalScrollBar().setValue(figures.mapTo(scroll.widget(), QPoint(0, 0)).y())
            QgsApplication.processEvents()
            shot(dock(), "dock_%s_%s_figures.png" % (stage, label))


@guarded
def start():
    iface.mainWindow().resize(1600, 1000)
    layers = {}
    for name in ("obstacle_points", "obstacle_lines", "obstacle_polygons", "open_areas", "buildings", "roads",
                 "venue"):  # each added on top: venue, roads, buildings, the open ground and its obstacles
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
    # The open ground a vehicle can cross and what stops it there (issue 13), as the demo plans it.
    child(QComboBox, "mOpenAreasLayer").setLayer(layers["open_areas"])
    # The dock's picker is a QgsCheckableComboBox PyQt knows only as a QComboBox.
    obstacles = sip.cast(child(QComboBox, "mObstacleLayers"), QgsCheckableComboBox)
    wanted = [layers[name].id() for name in ("buildings", "obstacle_points", "obstacle_lines", "obstacle_polygons")]
    for row in range(obstacles.count()):
        obstacles.setItemCheckState(row, Qt.Checked if obstacles.itemData(row) in wanted else Qt.Unchecked)
    child(QgsFileWidget, "mOutputFolder").setFilePath(out_dir)
    answer_replace()
    QTimer.singleShot(3000, before_plan)


@guarded
def before_plan():
    picker = child(QWidget, "mVenueFeature").findChild(QComboBox)
    notes.append("venue feature: %r" % picker.currentText())
    if not picker.currentText():
        problems.append("the venue feature picker shows no feature after 3 s")
    shot(iface.mainWindow(), "dock_before_plan_window.png")
    shots_at_widths("before_plan")
    iface.mainWindow().resizeDocks([dock()], [widths["wide"]], Qt.Horizontal)
    start_plan(after_plan)


def start_plan(then):
    state["waited"] = 0
    state["then"] = then
    child(QPushButton, "mPlanButton").click()
    QTimer.singleShot(1000, wait_for_plan)


@guarded
def wait_for_plan():
    state["waited"] += 1
    if not child(QPushButton, "mPlanButton").isEnabled() and state["waited"] < 280:
        if state["waited"] == 2 and state["then"] == after_plan:
            shot(dock(), "dock_while_planning.png")
        QTimer.singleShot(1000, wait_for_plan)
        return
    notes.append("status: " + child(QLabel, "mStatusLabel").text())
    group = QgsProject.instance().layerTreeRoot().findGroup(event)
    if group is None:
        problems.append("no layer group %r after Plan" % event)
    else:
        notes.append("group layers: " + ", ".join(layer.name() for layer in group.findLayers()))
    QTimer.singleShot(4000, state["then"])  # let the canvas draw the new layers


@guarded
def after_plan():
    names = ("QUEUES", "QUEUES_EXPOSED", "LONGEST_QUEUE_M", "LONGEST_WAIT_MIN", "MAX_QUEUE_IMPACT_KMH")
    notes.append("queue figures: " + "; ".join(
        "%s = %s" % (name, child(QLabel, "figure_" + name).text()) for name in names))
    shot(iface.mainWindow(), "dock_after_plan_window.png")
    shots_at_widths("after_plan")
    iface.mainWindow().resizeDocks([dock()], [widths["wide"]], Qt.Horizontal)
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
    state["real_results"] = child(QLabel, "mStatusLabel").text()
    child(QgsSpinBox, "mAttendance").setValue(10000000)
    start_plan(with_warnings)


@guarded
def with_warnings():
    warnings = child(QLabel, "mWarningsLabel")
    if warnings is None:
        problems.append("the dock has no warnings label")
        return finish()
    if not warnings.isVisible():
        problems.append("no warnings shown for 10,000,000 people on the sample venue")
    notes.append("warnings: " + warnings.text())
    shots_at_widths("with_warnings")
    finish()


def finish():
    with open(result_path, "w") as out:
        out.write("\n".join(notes) + "\n")
        out.write("OK\n" if not problems else "FAILED\n" + "\n".join(problems) + "\n")
    iface.newProject(False)  # QGIS 3.22 can crash deleting a project's layers in its destructor: leave none
    QTimer.singleShot(500, iface.actionExit().trigger)


QTimer.singleShot(2000, start)
