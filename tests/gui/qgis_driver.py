# Helpers for the scripts that drive the real QGIS (run with `qgis --code`, see qgis_with_plugin.sh): a small
# scheduler that runs test scenarios written as Python generators on QGIS's own event loop, an answerer for
# the modal questions QGIS and the plugin ask, and access to the Event Security Planner's dock and plugin.
import os
import re
import time
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (QAction, QApplication, QDialog, QDockWidget, QLabel, QListView, QMessageBox,
                                 QPushButton)
from qgis.utils import iface

ALGORITHM_ID = "eventsecurity:securitylayout"
PLUGIN_TITLE = "Event Security Planner"
# The custom property the dock sets on every layer it loads (value: the plan's GeoPackage).
PLAN_LAYER_PROPERTY = "eventsecurity/plan"

# A QGIS layer id: the layer name, an underscore and a UUID with underscores (what a user never sees).
LAYER_ID = re.compile(r"[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}")
# Parameter and output names of the algorithms: words of the Processing API, not of the dock.
RAW_NAMES = re.compile(r"\b(VENUE|NETWORK|BUILDINGS|EVENT_AREA|PROTECTED_AREA|INPUT|ROADS|ATTENDANCE|"
                       r"ARRIVAL_MINUTES|EVENT_NAME|STANDOFF_M|OUTPUT_[A-Z_]+|LAYERS|WARNINGS)\b")


class Wait:
    """What a scenario yields: resume when ready() is true; fail with `what` after timeout_s."""

    def __init__(self, ready, timeout_s, what):
        self.ready, self.timeout_s, self.what = ready, timeout_s, what


def sleep(seconds):
    end = time.time() + seconds
    return Wait(lambda: time.time() >= end, seconds + 60, "sleep")


class Scheduler:
    """Runs scenarios (generators yielding Wait) one after the other on QGIS's event loop, polling every
    few milliseconds. A scenario's exception or timeout fails it; the next one still runs."""

    POLL_MS = 5

    def __init__(self, result_path, scenarios, on_done, answerer=None):
        self.answerer = answerer  # its unexpected questions are noted with the scenario that met them
        self.result = open(result_path, "w")
        self.scenarios = list(scenarios)  # (name, generator function)
        self.on_done = on_done
        self.failed = []
        self.current = None

    def write(self, line):
        self.result.write(line.rstrip("\n") + "\n")
        self.result.flush()
        os.fsync(self.result.fileno())  # a crash right after must not lose the line

    def start(self):
        QTimer.singleShot(0, self._next)

    def _next(self):
        if not self.scenarios:
            self.write("OK" if not self.failed else "FAILED " + ", ".join(self.failed))
            self.on_done(not self.failed)
            return
        name, function = self.scenarios.pop(0)
        self.current = (name, function(), [], time.time())
        self.unexpected_before = len(self.answerer.unexpected) if self.answerer else 0
        self.write("START " + name)
        self._resume(None)

    def _resume(self, error):
        name, generator, problems, started = self.current
        try:
            wait = generator.throw(error) if error else generator.send(None)
        except StopIteration as stop:
            notes = stop.value or ""
            self._finish(name, problems, notes, started)
            return
        except Exception:
            problems.append(traceback.format_exc().strip().replace("\n", "\n    "))
            self._finish(name, problems, "", started)
            return
        deadline = time.time() + wait.timeout_s
        self._poll(wait, deadline)

    def _poll(self, wait, deadline):
        try:
            ready = wait.ready()
        except Exception as error:  # the condition itself failed: hand the error to the scenario
            QTimer.singleShot(0, lambda failure=error: self._resume(failure))
            return
        if ready:
            QTimer.singleShot(0, lambda: self._resume(None))
        elif time.time() > deadline:
            QTimer.singleShot(0, lambda: self._resume(TimeoutError("waited too long for: " + wait.what)))
        else:
            QTimer.singleShot(self.POLL_MS, lambda: self._poll(wait, deadline))

    def _finish(self, name, problems, notes, started):
        name, _, scenario_problems, _ = self.current
        verdict = "PASS" if not scenario_problems else "FAIL"
        if scenario_problems:
            self.failed.append(name)
        self.write("%s %s (%.1f s)%s" % (verdict, name, time.time() - started, ": " + notes if notes else ""))
        if self.answerer and len(self.answerer.unexpected) > self.unexpected_before:
            self.write("    (QGIS asked, answered by default: %r)" % self.answerer.unexpected[self.unexpected_before:])
        for problem in scenario_problems:
            self.write("    - " + problem)
        QTimer.singleShot(0, self._next)

    def problem(self, text):
        """Records a failed check of the running scenario (it goes on: later checks still run)."""
        self.current[2].append(text)

    def check(self, condition, text):
        if not condition:
            self.problem(text)
        return condition


class Answerer:
    """Answers QGIS's and the plugin's modal questions as a user would, by their title; records them. A
    question it has no answer for is recorded as unexpected and, after a second, answered Discard, No or
    Cancel (the first it offers), so that a test never waits for a user."""

    UNEXPECTED_AFTER_S = 1.0

    def __init__(self):
        self.answers = {}  # window title -> QMessageBox.StandardButton
        self.asked = []  # (title, text)
        self.unexpected = []  # (title, text)
        self._seen = {}
        self._tick()

    def _tick(self):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            title = box.windowTitle()
            button = self.answers.get(title)
            if button is not None and box.button(button) is not None:
                self.asked.append((title, box.text()))
                box.button(button).click()
            elif time.time() - self._seen.setdefault(id(box), time.time()) > self.UNEXPECTED_AFTER_S:
                self.unexpected.append((title, box.text()))
                for fallback in (QMessageBox.Discard, QMessageBox.No, QMessageBox.Cancel, QMessageBox.Ok):
                    if box.button(fallback) is not None:
                        box.button(fallback).click()
                        break
        QTimer.singleShot(20, self._tick)

    def questions(self, title):
        return [text for asked_title, text in self.asked if asked_title == title]


class MessageLog:
    """Keeps the messages QGIS's log panel receives (QgsMessageLog), e.g. what the plugin says when unloaded."""

    def __init__(self):
        self.messages = []
        QgsApplication.messageLog().messageReceived.connect(
            lambda message, tag, level: self.messages.append((tag, message)))


def dock():
    docks = iface.mainWindow().findChildren(QDockWidget, "EventSecurityPlannerDock")
    return docks[0] if docks else None


def dock_child(kind, name):
    panel = dock()
    return panel.findChild(kind, name) if panel else None


def dock_status():
    label = dock_child(QLabel, "mStatusLabel")
    return label.text() if label else ""


def dock_warnings():
    label = dock_child(QLabel, "mWarningsLabel")
    return label.text() if label is not None and label.isVisibleTo(dock()) else ""


def dock_is_planning():
    button = dock_child(QPushButton, "mPlanButton")
    return button is not None and not button.isEnabled()


def open_dock():
    actions = iface.mainWindow().findChildren(QAction, "mActionEventSecurityPlanner")
    if actions and not dock().isVisible():
        actions[0].trigger()


def plan_layers(project=None):
    """Layers the dock loaded for a plan (the custom property), in the project."""
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if layer.customProperty(PLAN_LAYER_PROPERTY)]


def groups_named(name):
    return [node for node in QgsProject.instance().layerTreeRoot().children()
            if node.nodeType() == 0 and node.name() == name]


def our_tasks():
    return [task for task in QgsApplication.taskManager().activeTasks()]


def plain_words_problems(text):
    """What in a message a user could not understand: raw layer ids, parameter names, nothing at all."""
    problems = []
    if not text.strip():
        problems.append("no message")
    if LAYER_ID.search(text):
        problems.append("a raw layer id in %r" % text)
    raw = RAW_NAMES.search(text)
    if raw:
        problems.append("the parameter name %s in %r" % (raw.group(0), text))
    return problems


def _plugin_manager_item(dialog):
    for view in dialog.findChildren(QListView, "vwPlugins"):
        proxy = view.model()
        model = proxy.sourceModel()
        for row in range(model.rowCount()):
            item = model.item(row)
            if item is not None and item.text() == PLUGIN_TITLE:
                return item
    return None


def set_plugin_loaded(loaded, notes):
    """Ticks or unticks the plugin in the Plugin Manager, as a user does (QGIS loads or unloads it then)."""
    def act():
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and isinstance(widget, QDialog):
                item = _plugin_manager_item(widget)
                if item is not None:
                    item.setCheckState(Qt.Checked if loaded else Qt.Unchecked)
                    notes.append("plugin %s at %.3f" % ("loaded" if loaded else "unloaded", time.time()))
                    widget.close()
                    return
        QTimer.singleShot(100, act)
    QTimer.singleShot(100, act)
    iface.pluginManagerInterface().showPluginManager(0)  # modal: returns once act() closed it
