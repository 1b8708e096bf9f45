"""First run, on an empty database: try the demo shop, or set up your own in a few steps
(company, first shop, a warehouse if there is one, a first supplier), so that nobody faces
an empty window without a clue."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..services import sites, suppliers
from ..services.company import set_company_details
from ..services.demo import DemoCancelled
from ..services.session import is_empty
from .changes import EVERYTHING, SETTINGS
from .context import AppContext
from .icons import app_icon, pixmap
from .screens.settings import CompanyForm, FieldForm, SiteForm, WeekdaysPicker
from .texts import error_text, tr


def load_demo_with_progress(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Loads the demo shop in the background behind a progress dialog; True once loaded.
    Cancelled, nothing is written; failed, the reason is shown."""
    from ..services.demo import load_demo

    dialog = QProgressDialog(tr("Preparing the demo shop: five weeks of trade in three shops "
                                "and a warehouse…"), tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(tr("OMS Desktop"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    job = ctx.runner.run(load_demo, ctx.db, ctx.today(), with_progress=True)
    job.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(job.cancel)
    job.done.connect(dialog.reset)
    job.done.connect(dialog.close)
    dialog.exec()
    ctx.runner.wait()
    if job.error is None:
        ctx.changes.announce(*EVERYTHING)
        return True
    if not isinstance(job.error, DemoCancelled):
        QMessageBox.warning(parent, tr("OMS Desktop"), tr("The demo shop could not be "
                                                          "prepared: {0}").format(
            error_text(job.error)))
    return False


def first_run(ctx: AppContext, demo: bool = False) -> bool:
    """True once the database holds a shop (the demo, or the user's own); False when the
    welcome was closed without choosing (the app then ends)."""
    if demo and load_demo_with_progress(ctx):
        return True
    return WelcomeDialog(ctx).exec() == QDialog.DialogCode.Accepted


class ChoiceButton(QPushButton):
    """A large button: an icon, a title and a sentence saying what happens."""

    def __init__(self, icon_name: str, title: str, text: str, primary: bool = False) -> None:
        super().__init__()
        self.setObjectName("Choice")
        self.setProperty("primary", primary)
        self.setMinimumSize(QSize(260, 150))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        icon = QLabel()
        icon.setPixmap(pixmap(icon_name, 28, "#2f6fde"))
        heading = QLabel(title)
        heading.setObjectName("ChoiceTitle")
        words = QLabel(text)
        words.setObjectName("Subtle")
        words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        for widget in (icon, heading, words):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.setToolTip(text)


_WELCOME_STYLE = """
QPushButton#Choice { background: #ffffff; border: 1px solid #dfe3ea; border-radius: 12px;
                     text-align: left; }
QPushButton#Choice:hover { border-color: #2f6fde; background: #fbfcff; }
QPushButton#Choice:focus { border: 2px solid #2f6fde; }
#ChoiceTitle { font-size: 15px; font-weight: 650; color: #1b2233; }
#WelcomeTitle { font-size: 22px; font-weight: 700; color: #1b2233; }
"""


class WelcomeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to OMS Desktop"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(_WELCOME_STYLE)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        title = QLabel(self.tr("Welcome to OMS Desktop"))
        title.setObjectName("WelcomeTitle")
        intro = QLabel(self.tr("Sell what is on the shelf, in the warehouse, on its way from "
                               "a supplier, or in a supplier's catalog, with a delivery date "
                               "your customers can trust. How would you like to start?"))
        intro.setWordWrap(True)
        intro.setObjectName("Subtle")
        self.demo_button = ChoiceButton(
            "dashboard", self.tr("Try the demo shop"),
            self.tr("Maison & Cuisine: three shops, a warehouse, three suppliers and five "
                    "weeks of orders. Explore freely; nothing is real."))
        self.demo_button.clicked.connect(self.try_demo)
        self.setup_button = ChoiceButton(
            "settings", self.tr("Set up my shop"),
            self.tr("Your company, your shops and a first supplier: a few minutes, and you "
                    "can change everything later in Settings."))
        self.setup_button.clicked.connect(self.set_up)
        self.demo_button.setDefault(True)
        note = QLabel(self.tr("The demo fills this database. When you are ready for your own "
                              "shop, choose a new database file in Settings, Database."))
        note.setObjectName("Subtle")
        note.setWordWrap(True)

        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(title)
        words.addWidget(intro)
        head.addLayout(words, 1)
        choices = QHBoxLayout()
        choices.setSpacing(16)
        choices.addWidget(self.demo_button)
        choices.addWidget(self.setup_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(18)
        layout.addLayout(head)
        layout.addLayout(choices)
        layout.addWidget(note)
        self.setMinimumWidth(640)

    def try_demo(self) -> None:
        if load_demo_with_progress(self.ctx, self):
            self.choice = "demo"
            self.accept()

    def set_up(self) -> None:
        wizard = SetupWizard(self.ctx, self)
        finished = wizard.exec() == QDialog.DialogCode.Accepted
        if finished or not is_empty(self.ctx.db):  # a shop exists: the window can open
            self.choice = "setup"
            self.accept()


# -- the set-up wizard ------------------------------------------------------------------------
class ServicePage(QWizardPage):
    """A step saved through a service when Next is pressed. Refused, the page stays with the
    reason next to the field; nothing typed is lost. Saved values are not saved twice."""

    def __init__(self, ctx: AppContext, title: str, subtitle: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.saved_values: dict | None = None
        self.busy = False
        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)

    @property
    def form(self) -> FieldForm:
        raise NotImplementedError

    def values(self) -> dict:
        raise NotImplementedError

    def save(self, db, values: dict):
        """Runs on the background worker: services only, no widget."""
        raise NotImplementedError

    def after_save(self, result) -> None:
        """Back on the window's thread, once saved."""

    def skipped(self) -> bool:
        return False

    def validatePage(self) -> bool:
        if self.skipped():
            return True
        values = self.values()
        if values == self.saved_values:
            return True
        if not self.busy:
            self.busy = True
            self._buttons(False)
            self.form.clear_errors()
            self.ctx.runner.run(self.save, self.ctx.db, values,
                                on_success=lambda result: self._saved(values, result),
                                on_error=self._refused)
        return False  # the wizard moves on once the service said yes

    def _buttons(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                          QWizard.WizardButton.BackButton):
                wizard.button(which).setEnabled(enabled)

    def _saved(self, values: dict, result) -> None:
        self.busy = False
        self.saved_values = values
        self._buttons(True)
        self.after_save(result)
        self.ctx.changes.announce(SETTINGS)
        self.wizard().next()

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self._buttons(True)
        self.form.show_error(error)


class CompanyPage(ServicePage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, tr("Your company"), tr(
            "Printed on your purchase orders and on the promises given to customers. Only "
            "the name is needed now."))
        self.company = CompanyForm()
        self.body.addWidget(self.company)

    @property
    def form(self) -> FieldForm:
        return self.company

    def values(self) -> dict:
        return self.company.values()

    def save(self, db, values: dict):
        return set_company_details(db, **values)


class ShopPage(ServicePage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, tr("Your shop"), tr(
            "Where you sell. You can add more shops in Settings."))
        self.site = SiteForm(new=True, kind="shop", compact=True)
        self.created: str | None = None
        self.body.addWidget(self.site)

    @property
    def form(self) -> FieldForm:
        return self.site

    def values(self) -> dict:
        (code, name, _), rest = self.site.new_site_args()
        return {"code": code, "name": name, **rest}

    def save(self, db, values: dict):
        return _save_site(db, self.created, "shop", values)

    def after_save(self, site) -> None:
        self.created = site.code
        _lock_code(self.site, site.code)


class WarehousePage(ServicePage):
    def __init__(self, ctx: AppContext, shop_page: ShopPage) -> None:
        super().__init__(ctx, tr("A warehouse?"), tr(
            "If you keep stock in a warehouse, shops and web orders can be served from it."))
        self.shop_page = shop_page
        self.created: str | None = None
        self.has_one = QCheckBox(tr("We also have a warehouse"))
        self.site = SiteForm(new=True, kind="warehouse", compact=True)
        self.transfer = QSpinBox()
        self.transfer.setRange(0, 60)
        self.transfer.setValue(2)
        self.transfer.setMaximumWidth(90)
        self.transfer_label = QLabel()
        self.site.form.insertRow(self.site.form.rowCount() - 1, self.transfer_label,
                                 self.transfer)
        self.has_one.toggled.connect(self.site.setEnabled)
        self.site.setEnabled(False)
        self.body.addWidget(self.has_one)
        self.body.addWidget(self.site)

    def initializePage(self) -> None:
        shop = self.shop_page.created or tr("the shop")
        self.transfer_label.setText(tr("Days to {0}").format(shop))
        self.transfer.setToolTip(tr("Business days for goods to go from the warehouse to {0} "
                                    "(and back)").format(shop))

    @property
    def form(self) -> FieldForm:
        return self.site

    def skipped(self) -> bool:
        return not self.has_one.isChecked()

    def values(self) -> dict:
        (code, name, _), rest = self.site.new_site_args()
        return {"code": code, "name": name, **rest, "shop": self.shop_page.created,
                "transfer_days": self.transfer.value()}

    def save(self, db, values: dict):
        values = dict(values)
        shop, days = values.pop("shop"), values.pop("transfer_days")
        site = _save_site(db, self.created, "warehouse", values)
        if shop:
            sites.set_transfer_days(db, site.code, shop, days)
            sites.set_transfer_days(db, shop, site.code, days)
        return site

    def after_save(self, site) -> None:
        self.created = site.code
        _lock_code(self.site, site.code)


class SupplierForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = self.add("code", self.tr("Code"), QLineEdit(),
                             self.tr("A short name, e.g. CUISINOX"))
        self.code.setMaxLength(20)
        self.name = self.add("name", self.tr("Name"), QLineEdit())
        self.lead = QSpinBox()
        self.lead.setRange(0, 365)
        self.lead.setValue(5)
        self.lead.setMaximumWidth(90)
        self.add("lead days", self.tr("Lead time"), self.lead,
                 self.tr("Business days from your order to the goods at your door."))
        self.order_days = self.add("order days", self.tr("Takes orders on"),
                                   WeekdaysPicker("mon-fri"))
        self.email = self.add("email", self.tr("E-mail for orders"), QLineEdit())
        self.finish()

    def values(self) -> dict:
        return {"code": self.code.text().strip(), "name": self.name.text().strip(),
                "lead_days": self.lead.value(), "order_days": self.order_days.value(),
                "email": self.email.text().strip()}


class SupplierPage(ServicePage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, tr("Your first supplier"), tr(
            "Optional. With a supplier you can import its catalog and sell its items before "
            "you stock them."))
        self.add_one = QCheckBox(tr("Add a supplier now"))
        self.add_one.setChecked(True)
        self.supplier = SupplierForm()
        self.add_one.toggled.connect(self.supplier.setEnabled)
        self.body.addWidget(self.add_one)
        self.body.addWidget(self.supplier)
        self.created: str | None = None

    @property
    def form(self) -> FieldForm:
        return self.supplier

    def skipped(self) -> bool:
        values = self.supplier.values()
        return (not self.add_one.isChecked() or self.created is not None
                or not (values["code"] or values["name"] or values["email"]))

    def values(self) -> dict:
        return self.supplier.values()

    def save(self, db, values: dict):
        values = dict(values)
        return suppliers.add_supplier(db, values.pop("code"), values.pop("name"),
                                      values.pop("lead_days"), **values)

    def after_save(self, supplier) -> None:
        self.created = supplier.code
        self.supplier.setEnabled(False)
        self.add_one.setEnabled(False)
        self.add_one.setText(tr("{0} is saved; more suppliers can be added in "
                                "Purchasing.").format(supplier.code))


class DonePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(tr("Your shop is ready"))
        self.setSubTitle(tr("Everything below is saved; Settings changes it at any time."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        done = [tr("Company: <b>{0}</b>").format(self.setup.company.company.name.text()),
                tr("Shop: <b>{0}</b>").format(self.setup.shop.created or "")]
        if self.setup.warehouse.created:
            done.append(tr("Warehouse: <b>{0}</b>").format(self.setup.warehouse.created))
        if self.setup.supplier.created:
            done.append(tr("Supplier: <b>{0}</b>").format(self.setup.supplier.created))
        steps = [tr("Add your products and count your stock in <i>Products &amp; stock</i>."),
                 tr("Import your suppliers' catalogs in <i>Purchasing</i>: their items can be "
                    "sold at once."),
                 tr("Then sell from the <i>Sell</i> screen.")]
        self.summary.setText("<p>" + "<br>".join(done) + "</p><p>" + tr("Next:") + "</p><ol>"
                             + "".join(f"<li>{step}</li>" for step in steps) + "</ol>")


def _save_site(db, created: str | None, kind: str, values: dict):
    values = dict(values)
    code, name = values.pop("code"), values.pop("name")
    if created:  # coming back to the step: the site exists, its code is fixed
        return sites.update_site(db, created, name=name, **values)
    return sites.add_site(db, code, name, kind, **values)


def _lock_code(form: SiteForm, code: str) -> None:
    form.code.setText(code)
    form.code.setReadOnly(True)
    form.code.setToolTip(tr("Saved: a site's code cannot change"))


class SetupWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up my shop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.company = CompanyPage(ctx)
        self.shop = ShopPage(ctx)
        self.warehouse = WarehousePage(ctx, self.shop)
        self.supplier = SupplierPage(ctx)
        self.done_page = DonePage(self)
        for page in (self.company, self.shop, self.warehouse, self.supplier):
            page.body.addStretch(1)  # forms keep their height; the room goes below
            self.addPage(page)
        self.addPage(self.done_page)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open my shop"))
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
            button = self.button(which)
            button.setObjectName("Primary")
            button.style().unpolish(button)
            button.style().polish(button)
        self.resize(680, 620)
