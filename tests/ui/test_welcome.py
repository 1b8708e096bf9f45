"""First run on an empty database: the demo shop, or a short set-up checked by the services."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from oms_desktop.services import sites, suppliers
from oms_desktop.services.company import company_details
from oms_desktop.services.session import is_empty

TODAY = datetime.date(2026, 11, 26)  # as in conftest.py


@pytest.fixture
def empty_ctx(qapp, tmp_path, monkeypatch):
    """An application context on a new, empty database."""
    from PySide6.QtCore import QSettings

    from oms_desktop.services.session import close_session, open_session
    from oms_desktop.ui.changes import Changes
    from oms_desktop.ui.context import AppContext
    from oms_desktop.ui.runner import Runner
    from oms_desktop.ui.style import apply_style

    monkeypatch.setenv("OMS_TODAY", TODAY.isoformat())
    apply_style(qapp)
    db = open_session(tmp_path / "new.sqlite3")
    settings = QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat)
    context = AppContext(db, Runner(), Changes(), settings, str(tmp_path / "new.sqlite3"))
    yield context
    context.runner.wait()
    context.runner.run(close_session, db)
    context.runner.wait()
    close_session(db)


def test_the_demo_choice_fills_the_database(empty_ctx, qtbot):
    from oms_desktop.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)  # returns once loaded
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "demo"
    assert not is_empty(empty_ctx.db)
    assert len(sites.list_sites(empty_ctx.db)) == 4
    assert company_details(empty_ctx.db).name == "Maison & Cuisine SAS"


def test_with_demo_asked_on_the_command_line_the_demo_loads_without_asking(empty_ctx, qtbot):
    from oms_desktop.ui.welcome import first_run

    assert first_run(empty_ctx, demo=True) is True
    assert len(suppliers.list_suppliers(empty_ctx.db)) == 3


def test_closing_the_welcome_without_choosing_returns_false(empty_ctx, qtbot):
    from oms_desktop.ui.welcome import first_run

    closed = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, close_it)
            return
        closed.append(dialog.windowTitle())
        dialog.reject()
    QTimer.singleShot(0, close_it)
    assert first_run(empty_ctx) is False
    assert closed == ["Welcome to OMS Desktop"]
    assert is_empty(empty_ctx.db)


def wizard_on(ctx, qtbot):
    from oms_desktop.ui.welcome import SetupWizard

    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(wizard, qtbot) -> None:
    """Next, and wait until the service answered (a new page, or a refusal shown)."""
    page = wizard.currentPage()
    start = wizard.currentId()
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() != start
                    or (not page.busy and bool(page.form.error_shown())))


def test_a_missing_company_name_is_shown_next_to_the_field_and_the_wizard_stays(empty_ctx,
                                                                                qtbot):
    wizard = wizard_on(empty_ctx, qtbot)
    company = wizard.company.company
    qtbot.keyClicks(company.vat, "FR76814672531")
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.company
    assert not company.errors["name"].isHidden()
    assert "empty" in company.errors["name"].text()
    assert company.vat.text() == "FR76814672531"  # nothing typed is lost
    assert not company_details(empty_ctx.db).is_set


def test_the_set_up_saves_the_company_the_sites_and_the_first_supplier(empty_ctx, qtbot):
    wizard = wizard_on(empty_ctx, qtbot)
    qtbot.keyClicks(wizard.company.company.name, "Quincaillerie Martin")
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.shop

    shop = wizard.shop.site
    qtbot.keyClicks(shop.code, "nantes")
    qtbot.keyClicks(shop.name, "Nantes Centre")
    shop.opening.buttons[5].setChecked(False)  # closed on Saturdays
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.warehouse

    wizard.warehouse.has_one.setChecked(True)
    qtbot.keyClicks(wizard.warehouse.site.code, "NANTES")  # taken
    wizard.warehouse.site.name.setText("Dépôt de Rezé")  # keyClicks types ASCII only
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.warehouse
    assert "already exists" in wizard.warehouse.site.errors["code"].text()
    wizard.warehouse.site.code.setText("DEPOT")
    wizard.warehouse.transfer.setValue(1)
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.supplier

    form = wizard.supplier.supplier
    qtbot.keyClicks(form.code, "ACME")
    qtbot.keyClicks(form.name, "Acme")
    form.lead.setValue(4)
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.done_page
    assert "NANTES" in wizard.done_page.summary.text()
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted

    db = empty_ctx.db
    assert company_details(db).name == "Quincaillerie Martin"
    saved = {s.code: (s.kind, s.opening_days) for s in sites.list_sites(db)}
    assert saved == {"NANTES": ("shop", "mon,tue,wed,thu,fri"),
                     "DEPOT": ("warehouse", "mon,tue,wed,thu,fri")}
    assert sorted(sites.transfer_table(db)) == [("DEPOT", "NANTES", 1), ("NANTES", "DEPOT", 1)]
    [acme] = suppliers.list_suppliers(db)
    assert (acme.code, acme.lead_days) == ("ACME", 4)


def test_going_back_to_a_saved_shop_updates_it_instead_of_adding_another(empty_ctx, qtbot):
    wizard = wizard_on(empty_ctx, qtbot)
    qtbot.keyClicks(wizard.company.company.name, "Martin")
    next_page(wizard, qtbot)
    qtbot.keyClicks(wizard.shop.site.code, "NANTES")
    qtbot.keyClicks(wizard.shop.site.name, "Nantes")
    next_page(wizard, qtbot)
    wizard.back()
    assert wizard.shop.site.code.isReadOnly()
    wizard.shop.site.name.setText("Nantes Centre")
    next_page(wizard, qtbot)
    assert [(s.code, s.name) for s in sites.list_sites(empty_ctx.db)] == [
        ("NANTES", "Nantes Centre")]


def test_leaving_the_wizard_once_a_shop_exists_opens_the_window(empty_ctx, qtbot, monkeypatch):
    from oms_desktop.ui import welcome

    sites.add_site(empty_ctx.db, "NANTES", "Nantes", "shop")
    monkeypatch.setattr(welcome.SetupWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = welcome.WelcomeDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.set_up()
    assert dialog.result() == QDialog.DialogCode.Accepted
