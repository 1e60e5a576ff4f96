# Run inside real QGIS (run_reliability_check.sh): the Event Security Planner's dock, and a toolbox run of
# eventsecurity:securitylayout, while the project changes under them (issue 14, items 2 and 3).
#
# Each scenario starts from a fresh project with the inputs: a dense synthetic street grid as GeoJSON (a plan
# reads it for seconds, so the moments below are real), its venue, the sample buildings, and a scratch layer
# "Notes" with an unsaved edit. It starts a plan, does one action at one moment of it, waits for the end and
# checks: QGIS alive, a result or a message in plain words, the inputs and every unsaved edit intact, and
# nothing written into a project the plan was not made for.
#
# Moments, from the progress the run reports (the action is done inside the task's progressChanged signal,
# which QGIS's main thread receives for every value, in order): early = right after Plan; reading = the
# perimeter step reading the street network (progress >= 26 %); writing = the GeoPackage being written
# (>= 77 %); post = the worker done, its post-processing on the main thread queued behind the signal (100 %);
# loading = inside the dock, while it adds the plan's layers to the project (QgsProject.layersAdded).
#
# ES_SCENARIOS: comma-separated scenario names or prefixes ("all" by default). Writes START/PASS/FAIL lines to
# ES_CHECK_RESULT, then OK or FAILED, and quits QGIS through File > Exit.
import os
import sys
import time
import traceback

sys.path.insert(0, os.environ["ES_TEST_DIR"])

import processing  # noqa: E402
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer  # noqa: E402
from qgis.gui import QgsCheckableComboBox, QgsFileWidget, QgsSpinBox  # noqa: E402
from qgis.PyQt import sip  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton, QTextEdit  # noqa: E402
from qgis.utils import iface  # noqa: E402

import qgis_driver as driver  # noqa: E402
from qgis_driver import Wait, sleep  # noqa: E402

GRID_DIR = os.environ["ES_GRID_DIR"]
SAMPLE_DIR = os.environ["ES_SAMPLE_DIR"]
OUTPUT_DIR = os.environ["ES_OUTPUT_DIR"]
EVENT = "Grid festival"
PLAN_TIMEOUT_S = float(os.environ.get("ES_PLAN_TIMEOUT", "240"))
MOMENT_PROGRESS = {"reading": 26, "writing": 77, "post": 100}
WHOLE_LAYER, ONE_FEATURE = 2, 0  # the dock's "Venue area" choices
REPLACE_TITLE, EDITS_TITLE = "Replace the Plan", "Unsaved Edits"

answerer = driver.Answerer()
log = driver.MessageLog()
scheduler = None


class Inputs:
    """The layers of a fresh project: the plan's inputs and a user's scratch layer with an unsaved edit; with
    open_ground, also a square around the venue a vehicle can drive on and bollards on it (issue 13's inputs)."""

    def __init__(self, open_ground=False):
        self.buildings = QgsVectorLayer(os.path.join(SAMPLE_DIR, "buildings.geojson"), "buildings", "ogr")
        self.roads = QgsVectorLayer(os.path.join(GRID_DIR, "roads.geojson"), "grid streets", "ogr")
        self.venue = QgsVectorLayer(os.path.join(GRID_DIR, "venue.geojson"), "festival square", "ogr")
        self.notes = QgsVectorLayer("Point?crs=EPSG:32721&field=note:string", "Notes", "memory")
        self.open_ground = self.bollards = None
        if open_ground:
            self.open_ground, self.bollards = open_ground_layers(self.venue)
        for layer in self.all():
            if not layer.isValid():
                raise RuntimeError("input %s did not load" % layer.source())
            QgsProject.instance().addMapLayer(layer)
        self.notes.startEditing()
        note = QgsFeature(self.notes.fields())
        note.setAttributes(["barrier truck parks here"])
        note.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(499944, 5572481)))
        self.notes.addFeature(note)
        self.fingerprints = {layer.id(): fingerprint(layer) for layer in self.all()}
        self.names = {layer.id(): layer.name() for layer in self.all()}
        self.edited = set()  # ids of layers a scenario edits on purpose

    def all(self):
        return [layer for layer in (self.buildings, self.roads, self.venue, self.open_ground, self.bollards,
                                    self.notes) if layer is not None]


def open_ground_layers(venue):
    """A square of open ground 60 m around the venue, and four bollards on it (memory layers: they go with
    their removal, as a user's scratch layers do)."""
    ring = QgsGeometry.fromRect(venue.extent()).buffer(60, 1)
    square = QgsVectorLayer("Polygon?crs=EPSG:32721", "open square", "memory")
    feature = QgsFeature(square.fields())
    feature.setGeometry(ring)
    square.dataProvider().addFeature(feature)
    bollards = QgsVectorLayer("Point?crs=EPSG:32721", "bollards", "memory")
    extent = venue.extent()
    for x, y in ((extent.xMinimum() - 30, extent.yMinimum() - 30), (extent.xMaximum() + 30, extent.yMaximum() + 30),
                 (extent.xMinimum() - 30, extent.yMaximum() + 30), (extent.xMaximum() + 30, extent.yMinimum() - 30)):
        point = QgsFeature(bollards.fields())
        point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        bollards.dataProvider().addFeature(point)
    return square, bollards


def fingerprint(layer):
    """What a plan must not change in a layer it reads: features, extent, selection, edit state."""
    buffer = layer.editBuffer()
    edits = (len(buffer.addedFeatures()), len(buffer.changedAttributeValues()),
             sorted(str(f.attributes()) for f in buffer.addedFeatures().values())) if buffer else None
    return (layer.featureCount(), layer.extent().toString(3), layer.selectedFeatureCount(),
            layer.isModified(), edits)


def check_inputs_intact(inputs, removed=()):
    project = QgsProject.instance()
    for layer_id, before in inputs.fingerprints.items():
        layer = project.mapLayer(layer_id)
        if layer_id in removed:
            continue
        if not scheduler.check(layer is not None, "the layer %r left the project" % inputs.names[layer_id]):
            continue
        if layer_id in inputs.edited:
            scheduler.check(layer.isModified(), "the unsaved edit of %r was lost" % layer.name())
            continue
        scheduler.check(fingerprint(layer) == before,
                        "%r changed: %r -> %r" % (layer.name(), before, fingerprint(layer)))


def discard_edits():
    """Drops the edits the last scenario left (QGIS would ask about them when the project closes)."""
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()


def fresh_project(open_ground=False):
    discard_edits()
    iface.newProject(False)
    inputs = Inputs(open_ground)
    driver.open_dock()
    driver.dock_child(QLineEdit, "mEventName").setText(EVENT)
    driver.dock_child(QgsSpinBox, "mAttendance").setValue(20000)
    driver.dock_child(QgsFileWidget, "mOutputFolder").setFilePath(os.path.join(OUTPUT_DIR, "plans"))
    driver.dock_child(QComboBox, "mVenueLayer").setLayer(inputs.venue)
    driver.dock_child(QComboBox, "mStreetLayer").setLayer(inputs.roads)
    driver.dock_child(QComboBox, "mBuildingLayer").setLayer(inputs.buildings)
    driver.dock_child(QComboBox, "mVenueScope").setCurrentIndex(WHOLE_LAYER)
    if open_ground:
        driver.dock_child(QComboBox, "mOpenAreasLayer").setLayer(inputs.open_ground)
        # The dock's obstacle list is a QgsCheckableComboBox PyQt knows only as a QComboBox.
        obstacles = sip.cast(driver.dock_child(QComboBox, "mObstacleLayers"), QgsCheckableComboBox)
        for row in range(obstacles.count()):
            if obstacles.itemData(row) == inputs.bollards.id():
                obstacles.setItemCheckState(row, Qt.Checked)
    return inputs


def click_plan():
    answerer.answers[REPLACE_TITLE] = QMessageBox.Yes
    driver.dock_child(QPushButton, "mPlanButton").click()


def no_question_open():
    """No modal question waits for an answer (the dock may be inside one when its Plan button is back)."""
    return QApplication.activeModalWidget() is None


def wait_dock_plan_end():
    return Wait(lambda: (driver.dock() is None or not driver.dock_is_planning()) and no_question_open(),
                PLAN_TIMEOUT_S, "the plan's end")


def make_previous_plan(inputs):
    """A finished plan of the same event: the group a new plan replaces."""
    click_plan()
    yield wait_dock_plan_end()
    groups = driver.groups_named(EVENT)
    if len(groups) != 1:
        raise RuntimeError("the previous plan was not made: %s" % driver.dock_status())
    return groups[0]


def plan_task():
    """The running task of the security layout (the dock's, or the toolbox's), or None."""
    return next((task for task in driver.our_tasks() if "Event security" in task.description()), None)


def act_at(moment, task, act, state):
    """Does act() at `moment` of the plan run by `task`: right now (early), or inside the task's progressChanged
    signal on QGIS's main thread when the progress first reaches the moment's (every value arrives there, in
    order; "post" = 100 %: the worker is done, the post-processing queued behind this signal). Records when."""
    started = time.time()

    def run(progress):
        state["acted"] = "at %.2f s, progress %d %%" % (time.time() - started, progress)
        state["acting"] = True  # an action may wait in a question of QGIS's: the scenario waits for it
        try:
            act()
        except Exception:  # a Python error in a Qt slot would end QGIS: hand it to the scenario instead
            state["error"] = traceback.format_exc()
        state["acting"] = False

    if moment == "early":
        run(0)
        return
    threshold = MOMENT_PROGRESS[moment]

    def progressed(progress):
        if "acted" not in state and progress >= threshold:
            run(progress)
    if task is None:
        raise RuntimeError("no running task of the security layout to act on")
    task.progressChanged.connect(progressed)


def action_done(state):
    return Wait(lambda: not state.get("acting"), PLAN_TIMEOUT_S, "the action to end")


def check_acted(state, moment):
    if "error" in state:
        raise RuntimeError(state["error"])
    scheduler.check("acted" in state, "the plan ended before the moment %r (nothing was done)" % moment)


# --- the actions (each returns what the checks need to know) ---

def remove_layer(layer, context):
    context["removed"].add(layer.id())  # before: the layer is deleted with its removal
    QgsProject.instance().removeMapLayer(layer.id())


def edit_input(inputs):
    """Starts editing the streets and changes a value, leaving it unsaved."""
    roads = inputs.roads
    roads.startEditing()
    feature = next(roads.getFeatures())
    field = roads.fields().indexOf("name") if roads.fields().indexOf("name") >= 0 else 0
    roads.changeAttributeValue(feature.id(), field, "renamed while planning")
    inputs.edited.add(roads.id())


def drag_into_group(layer, group):
    """Moves the layer's node into `group`, as a drag and drop in the Layers panel does."""
    root = QgsProject.instance().layerTreeRoot()
    node = root.findLayer(layer.id())
    group.insertChildNode(0, node.clone())
    node.parent().removeChildNode(node)


EDITED_VALUE = "edited while planning"


def edit_result_layer(group):
    """Writes EDITED_VALUE into a text field of the first layer of the old plan's group, leaving it unsaved."""
    layer = group.findLayers()[0].layer()
    field = next(i for i, f in enumerate(layer.fields()) if f.type() == 10)  # QVariant.String
    layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeAttributeValue(feature.id(), field, EDITED_VALUE)
    return layer.id(), layer.source(), feature.id(), field


def do_action(action, inputs, context):
    project = QgsProject.instance()
    if action == "remove_venue":
        remove_layer(inputs.venue, context)
    elif action == "remove_streets":
        remove_layer(inputs.roads, context)
    elif action == "remove_buildings":
        remove_layer(inputs.buildings, context)
    elif action == "remove_open_ground":
        remove_layer(inputs.open_ground, context)
    elif action == "remove_obstacles":
        remove_layer(inputs.bollards, context)
    elif action == "remove_old_group":
        for group in driver.groups_named(EVENT):
            project.layerTreeRoot().removeChildNode(group)
    elif action == "clear_project":
        answerer.answers["Stop Editing"] = QMessageBox.Discard  # the user's "Notes" edits: closing, not saving
        iface.newProject(False)
        context["project_changed"] = True
    elif action == "open_project":
        answerer.answers["Stop Editing"] = QMessageBox.Discard
        answerer.answers["Save Project"] = QMessageBox.Discard
        iface.addProject(os.path.join(OUTPUT_DIR, "other_project.qgz"))
        context["project_changed"] = True
    elif action == "edit_input":
        edit_input(inputs)
    elif action == "close_dock":
        driver.dock().close()
    elif action == "unload_plugin":
        driver.set_plugin_loaded(False, context["notes"])
        context["unloaded"] = True
    elif action == "quit":
        # With no task running QGIS would really quit and end the session: only while the plan runs.
        if QgsApplication.taskManager().countActiveTasks() > 0:
            answerer.answers["Active Tasks"] = QMessageBox.Yes  # "try cancelling these active tasks?"
            iface.actionExit().trigger()
            context["quit"] = True
    elif action == "drag_into_old_group":
        drag_into_group(inputs.notes, context["old_group"])
    elif action.startswith("edit_old_result"):
        context["edited_result"] = edit_result_layer(context["old_group"])
    else:
        raise ValueError("unknown action " + action)


# --- the checks after the plan ---

def check_dock_outcome(action, inputs, context):
    status = driver.dock_status() if driver.dock() else ""
    groups = driver.groups_named(EVENT)
    if context.get("project_changed"):
        scheduler.check(not groups, "the plan went into a project it was not made for")
        scheduler.check(not driver.plan_layers(), "plan layers in the new project")
        scheduler.check("cancelled" in status or os.path.join(OUTPUT_DIR, "plans") in status,
                        "after the project changed the dock says neither 'cancelled' nor where the files are: %r"
                        % status)
        return status
    for problem in driver.plain_words_problems(status):
        scheduler.problem("status: " + problem)
    if context.get("quit"):
        scheduler.check("could not be made" not in status, "quitting reported a failure: %r" % status)
        scheduler.check(groups or "cancelled" in status.lower(), "quitting did not say 'cancelled': %r" % status)
    if groups:
        scheduler.check(len(groups) == 1, "%d groups named %r" % (len(groups), EVENT))
        layers = groups[0].findLayers()
        scheduler.check(len(layers) >= 9, "the plan's group has %d layers" % len(layers))
        scheduler.check(all(node.layer() is not None and node.layer().isValid() for node in layers),
                        "an invalid layer in the plan's group")
    check_inputs_intact(inputs, context["removed"])
    check_replacement(action, inputs, context, groups)
    return status


def check_replacement(action, inputs, context, groups):
    if action == "drag_into_old_group":
        notes = QgsProject.instance().mapLayer(inputs.notes.id())
        if scheduler.check(notes is not None, "the user's layer dragged into the old group was deleted"):
            inside = groups and groups[0].findLayer(notes.id()) is not None
            scheduler.check(not inside, "the user's layer is inside the new plan's group")
    if action.startswith("edit_old_result"):
        check_edited_result(action, context, groups)


def check_edited_result(action, context, groups):
    layer_id, source, feature_id, field = context["edited_result"]
    asked = answerer.questions(EDITS_TITLE)[context["questions_before"]:]
    scheduler.check(len(asked) == 1, "asked %d times about the unsaved edits (expected once)" % len(asked))
    layer = QgsProject.instance().mapLayer(layer_id)
    value_saved = QgsVectorLayer(source, "saved", "ogr").getFeature(feature_id).attribute(field) == EDITED_VALUE
    if action.endswith("cancel"):
        scheduler.check(layer is not None and layer.isModified(), "Cancel did not keep the edited result layer")
        scheduler.check(groups and groups[0].findLayer(layer_id) is not None, "Cancel did not keep the old group")
    elif action.endswith("save"):
        scheduler.check(layer is None, "the replaced plan's layer is still in the project")
        scheduler.check(value_saved, "Save did not write the edit to the old plan's GeoPackage")
    else:
        scheduler.check(layer is None, "the replaced plan's layer is still in the project")
        scheduler.check(not value_saved, "Discard wrote the edit to the old plan's GeoPackage")


def dock_scenario(action, moment, previous_plan=False, scope=WHOLE_LAYER, answer=None, open_ground=False):
    def scenario():
        began = time.time()
        inputs = fresh_project(open_ground)
        driver.dock_child(QComboBox, "mVenueScope").setCurrentIndex(scope)
        context = {"removed": set(), "notes": []}
        if previous_plan:
            context["old_group"] = yield from make_previous_plan(inputs)
            check_inputs_intact(inputs)
        if answer is not None:
            answerer.answers[EDITS_TITLE] = answer
        context["questions_before"] = len(answerer.questions(EDITS_TITLE))
        if scope == ONE_FEATURE:
            yield Wait(lambda: driver.dock_child(QComboBox, "mVenueScope").isEnabled(), 10, "the dock")
            yield sleep(1.0)  # the feature picker loads the venue's features in the background
        state = {}
        if moment == "loading":
            hook_loading(action, inputs, context, state)
        state["setup_s"] = time.time() - began
        click_plan()
        if moment != "loading":
            act_at(moment, plan_task(), lambda: do_action(action, inputs, context), state)
        yield wait_dock_plan_end()
        yield action_done(state)
        check_acted(state, moment)
        state["plan_s"] = time.time() - began - state["setup_s"]
        if context.get("unloaded"):
            return (yield from after_unload(inputs, context, state))
        if "disconnect" in state:
            state["disconnect"]()
        yield sleep(0.3)  # paint: a widget holding a deleted layer crashes here
        status = check_dock_outcome(action, inputs, context)
        return "setup %.1f s, plan %.1f s, acted %s; %s" % (state["setup_s"], state["plan_s"],
                                                          state.get("acted", "never"), status[:160])
    return scenario


def hook_loading(action, inputs, context, state):
    """Does the action from inside the dock, when it adds the first layer of the plan to the project."""
    plans = os.path.join(OUTPUT_DIR, "plans")

    def added(layers):
        if state.get("acted") or not any(layer.source().startswith(plans) for layer in layers):
            return
        state["acted"] = "while the dock adds the plan's layers"
        state["acting"] = True
        try:
            do_action(action, inputs, context)
        except Exception:  # a Python error in a Qt slot would end QGIS: hand it to the scenario instead
            state["error"] = traceback.format_exc()
        state["acting"] = False
    QgsProject.instance().layersAdded.connect(added)
    state["disconnect"] = lambda: QgsProject.instance().layersAdded.disconnect(added)


def after_unload(inputs, context, state):
    """After unloading during a plan: the plan stopped (cancelled, and said so), QGIS works, the plugin loads again."""
    scheduler.check(driver.dock() is None, "the dock is still there after unloading")
    yield Wait(lambda: not [t for t in driver.our_tasks() if "Event security" in t.description()], 60,
               "the plan's task to end after unloading")
    said = [message for tag, message in log.messages if "cancel" in message.lower()]
    groups = driver.groups_named(EVENT)
    scheduler.check(said or groups, "unloading during a plan said nothing (no 'cancelled' in QGIS's log)")
    check_inputs_intact(inputs, context["removed"])
    driver.set_plugin_loaded(True, context["notes"])
    yield sleep(0.5)
    scheduler.check(driver.dock() is not None, "the plugin did not load again")
    return "%s; said %r" % (state.get("acted", ""), said[-1:] if said else groups)


# --- the toolbox ---

def toolbox_scenario(action, moment):
    def scenario():
        inputs = fresh_project()
        context = {"removed": set(), "notes": []}
        folder = os.path.join(OUTPUT_DIR, "toolbox_%s_%s_%d" % (action, moment, int(time.time() * 1000)))
        os.makedirs(folder)
        parameters = {"VENUE": inputs.venue.id(), "NETWORK": inputs.roads.id(), "BUILDINGS": inputs.buildings.id(),
                      "EVENT_NAME": EVENT, "ATTENDANCE": 20000, "OUTPUT_GPKG": os.path.join(folder, "plan.gpkg"),
                      "OUTPUT_REPORT": os.path.join(folder, "plan.html"), "OUTPUT_PDF": os.path.join(folder, "plan.pdf")}
        dialog = processing.createAlgorithmDialog(driver.ALGORITHM_ID, parameters)
        dialog.show()
        state = {}
        dialog.runAlgorithm()
        task = plan_task()
        if task is None:
            raise RuntimeError("the toolbox did not start a background task: %s" % dialog_log(dialog)[-300:])
        task.taskCompleted.connect(lambda: state.update(done="completed"))
        task.taskTerminated.connect(lambda: state.update(done="terminated"))
        act_at(moment, task, lambda: do_action(action, inputs, context), state)
        yield Wait(lambda: "done" in state and no_question_open(), PLAN_TIMEOUT_S, "the toolbox run's end")
        yield action_done(state)
        check_acted(state, moment)
        yield sleep(0.5)
        text = dialog_log(dialog)
        written = os.path.exists(parameters["OUTPUT_GPKG"]) and "completed" in text
        scheduler.check(written or "failed" in text.lower() or "error" in text.lower() or "cancel" in text.lower(),
                        "the toolbox run ended with neither a result nor a message: %r" % text[-300:])
        if not context.get("project_changed"):
            check_inputs_intact(inputs, context["removed"])
        dialog.close()
        if context.get("unloaded"):
            driver.set_plugin_loaded(True, context["notes"])
            yield sleep(0.5)
            scheduler.check(driver.dock() is not None, "the plugin did not load again")
        return "%s; %s" % (state.get("acted"), "written" if written else text.strip().splitlines()[-1:])
    return scenario


def dialog_log(dialog):
    return "\n".join(edit.toPlainText() for edit in dialog.findChildren(QTextEdit))


# --- crash B: a saved project with a plan, reopened ---

def reopen_project_scenario(then):
    def scenario():
        inputs = fresh_project()
        yield from make_previous_plan(inputs)
        path = os.path.join(OUTPUT_DIR, "with_plan.qgz")
        QgsProject.instance().write(path)
        QgsProject.instance().read(path)
        yield sleep(1.0)
        offered = {name: driver.dock_child(QComboBox, name).currentText()
                   for name in ("mVenueLayer", "mStreetLayer", "mBuildingLayer")}
        results = {layer.name() for layer in QgsProject.instance().mapLayers().values()
                   if layer.source().startswith(os.path.join(OUTPUT_DIR, "plans"))}
        scheduler.check(not set(offered.values()) & results, "the reopened project presets a result layer: %r"
                        % offered)
        driver.dock_child(QComboBox, "mVenueScope").setCurrentIndex(WHOLE_LAYER)
        if then == "plan_again":
            click_plan()
            yield wait_dock_plan_end()
        else:
            for group in driver.groups_named(EVENT):
                QgsProject.instance().layerTreeRoot().removeChildNode(group)
        yield sleep(1.0)  # paint the dock and let the feature picker reload
        driver.dock().grab()
        return "offered %r; %s" % (offered, driver.dock_status()[:120])
    return scenario


def scenarios():
    dock_actions = ["remove_venue", "remove_streets", "remove_buildings", "remove_old_group", "clear_project",
                    "open_project", "edit_input", "close_dock", "unload_plugin", "quit"]
    all_moments = ["early", "reading", "writing", "post"]
    listed = []
    for action in dock_actions:
        for moment in all_moments:
            listed.append(("dock:%s@%s" % (action, moment),
                           dock_scenario(action, moment, previous_plan=action == "remove_old_group")))
    for action in ["remove_venue", "remove_streets", "edit_input", "close_dock"]:
        listed.append(("dock:%s@loading" % action, dock_scenario(action, "loading")))
    for moment in ["early", "loading"]:
        listed.append(("dock:remove_picked_venue@" + moment, dock_scenario("remove_venue", moment, scope=ONE_FEATURE)))
    for action in ["remove_open_ground", "remove_obstacles"]:  # issue 13's inputs: optional layers, any moment
        for moment in ["early", "reading", "post"]:
            listed.append(("dock:%s@%s" % (action, moment), dock_scenario(action, moment, open_ground=True)))
    answers = {"save": QMessageBox.Save, "discard": QMessageBox.Discard, "cancel": QMessageBox.Cancel}
    for moment, choice in zip(all_moments, ["save", "discard", "cancel", "save"]):
        listed.append(("dock:drag_into_old_group@" + moment,
                       dock_scenario("drag_into_old_group", moment, previous_plan=True)))
        listed.append(("dock:edit_old_result_%s@%s" % (choice, moment),
                       dock_scenario("edit_old_result_" + choice, moment, previous_plan=True, answer=answers[choice])))
    for then in ["plan_again", "remove_group"]:
        listed.append(("reopen_project:" + then, reopen_project_scenario(then)))
    for action in ["remove_venue", "remove_streets", "clear_project", "open_project", "edit_input",
                   "unload_plugin"]:
        for moment in all_moments:
            listed.append(("toolbox:%s@%s" % (action, moment), toolbox_scenario(action, moment)))
    wanted = [w.strip() for w in os.environ.get("ES_SCENARIOS", "all").split(",") if w.strip()]
    if "all" in wanted:
        return listed
    return [(name, function) for name, function in listed if any(name.startswith(w) for w in wanted)]


def prepare():
    """The other project a scenario opens: one layer, saved next to the outputs."""
    other = QgsProject()
    other.addMapLayer(QgsVectorLayer(os.path.join(SAMPLE_DIR, "venue.geojson"), "other venue", "ogr"))
    other.write(os.path.join(OUTPUT_DIR, "other_project.qgz"))


def done(ok):
    discard_edits()
    iface.newProject(False)  # QGIS 3.22 can crash deleting a project's layers in its destructor: leave none
    if answerer.unexpected:
        scheduler.write("(questions nobody expected: %r)" % answerer.unexpected)
    answerer.answers["Active Tasks"] = QMessageBox.No
    QTimer.singleShot(500, iface.actionExit().trigger)


def start():
    global scheduler
    iface.mainWindow().resize(1600, 1000)
    if os.environ.get("ES_NO_RENDER"):
        iface.mapCanvas().setRenderFlag(False)
    prepare()
    scheduler = driver.Scheduler(os.environ["ES_CHECK_RESULT"], scenarios(), done, answerer)
    scheduler.start()


QTimer.singleShot(2000, start)
