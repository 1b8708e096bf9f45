"""Settings: sites, transfer days and sourcing rules are saved through the services; the
database and the language are remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPixmap

from oms_desktop.services import sites, sourcing_rules
from oms_desktop.services.company import company_details
from oms_desktop.ui.changes import SETTINGS
from oms_desktop.ui.screens.settings import LANGUAGE_KEY, LOCATION_KEY, SiteDialog, \
    configured_location


def settings_screen(window, tab: int):
    window.go_to(6)
    screen = window.screen(6)
    screen.tabs.setCurrentIndex(tab)
    return screen


def test_changing_transfer_days_in_the_grid_saves_them_both_ways(window, ctx, qtbot):
    screen = settings_screen(window, 0)
    grid = screen.sites.grid
    announced = []
    ctx.changes.changed.connect(announced.append)
    row, column = grid.codes.index("PARIS"), grid.codes.index("LYON")
    grid.item(row, column).setData(Qt.ItemDataRole.EditRole, 4)  # as the cell's editor does
    qtbot.waitUntil(lambda: ("PARIS", "LYON", 4) in sites.transfer_table(ctx.db))
    assert ("LYON", "PARIS", 4) in sites.transfer_table(ctx.db)
    qtbot.waitUntil(lambda: bool(announced))
    assert SETTINGS in announced[0]
    qtbot.waitUntil(lambda: "PARIS → LYON" in screen.sites.transfer_status.text())
    assert grid.days("PARIS", "LYON") == 4


def test_one_way_transfer_days_leave_the_way_back_alone(window, ctx, qtbot):
    screen = settings_screen(window, 0)
    screen.sites.both_ways.setChecked(False)
    grid = screen.sites.grid
    grid.item(grid.codes.index("LILLE"), grid.codes.index("PARIS")).setData(
        Qt.ItemDataRole.EditRole, 5)
    qtbot.waitUntil(lambda: ("LILLE", "PARIS", 5) in sites.transfer_table(ctx.db))
    assert ("PARIS", "LILLE", 2) in sites.transfer_table(ctx.db)


def test_changing_the_split_rule_is_saved(window, ctx, qtbot):
    screen = settings_screen(window, 1)
    tab = screen.sourcing
    row = next(r for r in range(tab.pairs.count())
               if (i := tab._rule_index(r)) is not None
               and (tab.rules[i].channel, tab.rules[i].mode) == ("web", "delivery"))
    tab.pairs.setCurrentRow(row)
    assert tab.current.mode == "delivery" and tab.current.channel == "web"
    tab.split.setCurrentIndex(tab.split.findData("always"))

    def rule():
        return next(v for v in sourcing_rules.show_rules(ctx.db)
                    if (v.channel, v.mode) == ("web", "delivery"))
    qtbot.waitUntil(lambda: rule().split == "always")
    assert rule().customised
    qtbot.waitUntil(lambda: "Saved" in tab.status.text())
    assert tab.pairs.item(row).text().endswith("•")


def test_a_source_moved_up_or_unticked_is_saved_in_that_order(window, ctx, qtbot):
    screen = settings_screen(window, 1)
    tab = screen.sourcing
    assert (tab.current.channel, tab.current.mode) == ("shop", "pickup")
    catalog = next(r for r in range(tab.sources.count())
                   if tab.sources.item(r).data(Qt.ItemDataRole.UserRole) == "catalog")
    tab.sources.setCurrentRow(catalog)
    qtbot.mouseClick(tab.up, Qt.MouseButton.LeftButton)

    def rule():
        return next(v for v in sourcing_rules.show_rules(ctx.db)
                    if (v.channel, v.mode) == ("shop", "pickup"))
    qtbot.waitUntil(lambda: rule().preference[-2:] == ["catalog", "incoming_po"])
    tab.sources.item(0).setCheckState(Qt.CheckState.Unchecked)  # never this shop's shelf
    qtbot.waitUntil(lambda: "shelf" not in rule().preference)


def test_the_last_ticked_source_cannot_be_unticked(window, ctx, qtbot):
    screen = settings_screen(window, 1)
    tab = screen.sourcing
    for row in range(tab.sources.count()):
        tab.sources.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert "at least one source" in tab.error.text()
    last = tab.sources.item(tab.sources.count() - 1)
    assert last.checkState() == Qt.CheckState.Checked

    def rule():
        return next(v for v in sourcing_rules.show_rules(ctx.db)
                    if (v.channel, v.mode) == ("shop", "pickup"))
    qtbot.waitUntil(lambda: rule().preference == [last.data(Qt.ItemDataRole.UserRole)])
    qtbot.waitUntil(lambda: tab.pending == 0)
    assert [tab.sources.item(r).checkState() == Qt.CheckState.Checked
            for r in range(tab.sources.count())] == [False, False, False, False, True]


def test_editing_a_site_saves_it(window, ctx, qtbot):
    screen = settings_screen(window, 0)
    tab = screen.sites
    tab.select("LYON")
    assert tab.form.name.text() == "Lyon Presqu'île"
    tab.form.name.setText("Lyon Confluence")
    tab.form.handling.setValue(1)
    tab.form.opening.buttons[6].setChecked(True)  # now open on Sundays
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.saved.text() == "Saved")
    lyon = next(s for s in sites.list_sites(ctx.db) if s.code == "LYON")
    assert (lyon.name, lyon.handling_days, lyon.opening_days) == (
        "Lyon Confluence", 1, "mon,tue,wed,thu,fri,sat,sun")


def test_a_new_site_with_a_code_taken_shows_why_and_keeps_what_was_typed(window, ctx, qtbot):
    screen = settings_screen(window, 0)
    dialog = SiteDialog(screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.code, "PARIS")
    qtbot.keyClicks(dialog.form.name, "Paris Bastille")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.form.errors["code"].isHidden())
    assert "already exists" in dialog.form.errors["code"].text()
    assert dialog.isVisible() and dialog.form.name.text() == "Paris Bastille"
    dialog.form.code.setText("BASTILLE")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "BASTILLE" in {s.code for s in sites.list_sites(ctx.db)}


def test_company_details_and_logo_are_saved_and_a_missing_name_is_refused(window, ctx, qtbot,
                                                                         tmp_path):
    screen = settings_screen(window, 2)
    tab = screen.company
    assert tab.form.name.text() == "Maison & Cuisine SAS"
    tab.form.name.clear()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.form.errors["name"].isHidden())
    assert company_details(ctx.db).name == "Maison & Cuisine SAS"

    logo = tmp_path / "logo.png"
    image = QPixmap(120, 40)
    image.fill(QColor("#2f6fde"))
    assert image.save(str(logo))
    tab.form.name.setText("Maison & Cuisine")
    tab.form.logo.set_path(str(logo), emit=True)
    assert tab.form.logo.preview.pixmap() is not None and not tab.form.logo.preview.pixmap(
    ).isNull()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.saved.text() == "Saved")
    saved = company_details(ctx.db)
    assert (saved.name, saved.logo, saved.vat_number) == ("Maison & Cuisine", str(logo),
                                                          "FR76814672531")


def test_another_database_is_remembered_for_the_next_start(window, ctx, qtbot, tmp_path,
                                                          monkeypatch):
    monkeypatch.delenv("OMS_DB", raising=False)
    tab = settings_screen(window, 3).database
    tab.location.setText("relative.sqlite3")
    qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    assert "full path" in tab.location_error.text()
    assert ctx.settings.value(LOCATION_KEY) is None

    chosen = tmp_path / "shop" / "oms.sqlite3"
    tab.location.setText(str(chosen))
    qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    assert ctx.settings.value(LOCATION_KEY) == str(chosen)
    assert str(chosen) in tab.next_start.text()
    assert configured_location(ctx.settings, None) == str(chosen)
    assert configured_location(ctx.settings, "/elsewhere.sqlite3") == "/elsewhere.sqlite3"
    qtbot.mouseClick(tab.default_button, Qt.MouseButton.LeftButton)
    assert configured_location(ctx.settings, None) is None


def test_the_location_in_the_environment_wins_over_the_one_in_settings(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat)
    settings.setValue(LOCATION_KEY, "/chosen.sqlite3")
    monkeypatch.setenv("OMS_DB", "/from-env.sqlite3")
    assert configured_location(settings, None) is None  # the store reads OMS_DB itself


def test_the_language_is_remembered_for_the_next_start(window, ctx, qtbot):
    tab = settings_screen(window, 3).database
    tab.language.setCurrentIndex(tab.language.findData("fr"))
    assert ctx.settings.value(LANGUAGE_KEY) == "fr"
    assert "next start" in tab.language_status.text()
    tab.language.setCurrentIndex(tab.language.findData(""))
    assert ctx.settings.value(LANGUAGE_KEY) is None
