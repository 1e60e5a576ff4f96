# Run inside real QGIS: `qgis --profiles-path DIR --code tests/gui/qgis_load_check.py` (see run_qgis_check.sh).
# Checks what a user sees: the provider is registered with its algorithms and groups; the dock opens from
# the plugin's action; the Plugin Manager lists the plugin with its metadata; unticking it there unloads
# it cleanly (provider, action and dock gone) and ticking it loads it again (once). Saves screenshots and
# quits with 0 (ok) or 1.
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialog, QDockWidget, QListView
from qgis.utils import iface

result_path = os.environ.get("ES_CHECK_RESULT", "/tmp/eventsecurity_qgis_check.txt")
screenshot_path = os.environ.get("ES_CHECK_SCREENSHOT", "/tmp/eventsecurity_qgis_check.png")
problems = []
notes = []


def provider():
    return QgsApplication.processingRegistry().providerById("eventsecurity")


def plugin_widgets():
    window = iface.mainWindow()
    return (window.findChildren(QAction, "mActionEventSecurityPlanner"),
            window.findChildren(QDockWidget, "EventSecurityPlannerDock"))


def check_loaded(when):
    if provider() is None:
        problems.append("%s: provider 'eventsecurity' is not registered" % when)
    actions, docks = plugin_widgets()
    if len(actions) != 1 or len(docks) != 1:
        problems.append("%s: expected one action and one dock, found %d and %d" % (when, len(actions), len(docks)))


def check_main_window():
    check_loaded("at start")
    p = provider()
    if p is not None:
        if p.name() != "Event security":
            problems.append("provider name is %r" % p.name())
        if p.icon().isNull():
            problems.append("provider has no icon")
        for algorithm in p.algorithms():
            if not algorithm.group():
                problems.append("%s has no group" % algorithm.id())
        notes.append("algorithms: %s" % ", ".join(a.id() for a in p.algorithms()))
    actions, docks = plugin_widgets()
    if actions and docks:
        actions[0].trigger()
        QgsApplication.processEvents()
        if not docks[0].isVisible():
            problems.append("the action did not open the dock")
        if actions[0] not in iface.pluginToolBar().actions():
            problems.append("the action is not on the plugins toolbar")
    iface.mainWindow().grab().save(screenshot_path)
    QTimer.singleShot(3000, check_plugin_manager)
    iface.pluginManagerInterface().showPluginManager(0)


def our_item(dialog):
    for view in dialog.findChildren(QListView, "vwPlugins"):
        proxy = view.model()
        model = proxy.sourceModel()
        for row in range(model.rowCount()):
            item = model.item(row)
            if item is not None and item.text() == "Event Security Planner":
                return view, proxy, model, item
    return None


def check_plugin_manager():
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)]
    found = None
    for dialog in dialogs:
        found = our_item(dialog)
        if found:
            break
    if not found:
        problems.append("the Plugin Manager does not list 'Event Security Planner'")
    else:
        view, proxy, model, item = found
        view.setCurrentIndex(proxy.mapFromSource(model.indexFromItem(item)))
        QgsApplication.processEvents()
        dialog.grab().save(screenshot_path.replace(".png", "_plugin_manager.png"))
        if item.checkState() != Qt.Checked:
            problems.append("the plugin is not ticked as loaded in the Plugin Manager")
        item.setCheckState(Qt.Unchecked)  # what unticking it does: QgsPluginRegistry unloads it
        QgsApplication.processEvents()
        actions, docks = plugin_widgets()
        if provider() is not None:
            problems.append("after unloading: the provider is still registered")
        if actions or docks:
            problems.append("after unloading: %d action(s) and %d dock(s) left" % (len(actions), len(docks)))
        item.setCheckState(Qt.Checked)
        QgsApplication.processEvents()
        check_loaded("after loading again")
    for dialog in dialogs:
        dialog.close()
    QTimer.singleShot(500, finish)


def finish():
    with open(result_path, "w") as out:
        out.write("\n".join(notes) + "\n")
        out.write("OK\n" if not problems else "FAILED\n" + "\n".join(problems) + "\n")
    QgsApplication.exit(1 if problems else 0)


# Give QGIS time to finish starting (plugins' GUI, processing) before checking.
QTimer.singleShot(2000, check_main_window)
