"""A demo retailer on a fresh database: « Maison & Cuisine », kitchen and home goods.

Three shops and a warehouse, three suppliers with about 4,500 catalog offers, 300 products
of our own, and five weeks of trade replayed day by day through the services themselves:
POs drafted, confirmed, received in part or in full, cancelled; counter sales, pick-ups,
parcels, web and marketplace orders, some waiting on a PO or on a supplier's catalog, a few
now late. Every row is dated on the day it was "made", so the history reads as it would.

The whole load is one transaction: cancelled (`progress` returned False) or failed, it
leaves the database as it was. E-mail addresses use the reserved `.example` domains and
phone numbers the ranges ARCEP sets aside for fiction, so that a PO e-mailed or a customer
called by mistake reaches nobody.
"""

from __future__ import annotations

import datetime
import math
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database, chunked, fn

from ..domain.calendar import parse_weekdays
from ..domain.errors import Refused
from ..domain.values import ean_check_digit
from ..store.database import writing
from ..store.ledger import post_movement
from ..store.models import (
    AllocationRow, CatalogOfferRow, CustomerOrderRow, CustomerRow, LedgerRow, OrderLineRow,
    ProductRow, PurchaseOrderRow, SiteRow, StockEventRow, StockRow, SupplierRow,
    SupplyRequestRow, TransferRow,
)
from ..store.search_index import index_offers_of_supplier, index_products
from ..store.settings import set_setting
from . import fulfilment, ordering, purchasing, receiving, sites, stock, \
    suppliers, transfers
from .configuration import holiday_dates
from .ordering import Customer, OrderRequest

WAREHOUSE = "ENTREPOT"
SHOPS = ("PARIS", "LYON", "LILLE")
CUI, TAB, LIN = "CUISINOX", "ARTDELATABLE", "LINGEDUNORD"
OFFERS_PER_SUPPLIER = 1500
STOCKED_PER_SUPPLIER = 100
ZERO_PER_SUPPLIER = 10  # own products out of stock everywhere: future stock serves them
HISTORY_DAYS = 32  # shop days replayed before today

COMPANY = {"name": "Maison & Cuisine SAS", "trade_name": "Maison & Cuisine",
           "address": "24 rue Vieille-du-Temple\n75004 Paris", "country": "FR",
           "vat_number": "FR76814672531", "siren": "814672531",
           "phone": "01 99 00 24 00", "email": "contact@maison-cuisine.example"}
_SITES = (  # code, name, kind, opening days, address, phone
    ("PARIS", "Paris Marais", "shop", "mon-sat", "24 rue Vieille-du-Temple\n75004 Paris",
     "01 99 00 24 10"),
    ("LYON", "Lyon Presqu'île", "shop", "mon-sat", "8 rue de Brest\n69002 Lyon",
     "04 65 71 08 20"),
    ("LILLE", "Lille Centre", "shop", "mon-sat", "15 rue de la Monnaie\n59800 Lille",
     "03 53 01 15 30"),
    (WAREHOUSE, "Entrepôt Orléans", "warehouse", "mon-fri",
     "Parc d'activités des Montées\n12 rue de la Logistique\n45100 Orléans",
     "02 61 91 45 00"),
)
_TRANSFER_DAYS = {(WAREHOUSE, "PARIS"): 1, (WAREHOUSE, "LYON"): 2, (WAREHOUSE, "LILLE"): 2,
                  ("PARIS", "LYON"): 2, ("PARIS", "LILLE"): 2, ("LYON", "LILLE"): 3}
_SUPPLIERS = (  # code, name, lead days, order days, minimum order, address, e-mail,
    #             our SKU prefix, their reference format, EAN company prefix
    (CUI, "Cuisinox SAS", 5, "mon,thu", "250.00", "14 rue des Couteliers\n63300 Thiers",
     "commandes@cuisinox.example", "CUI", "CX-{f:02d}{n:04d}", "3760201"),
    (TAB, "Arts de la Table Diffusion", 8, "tue", "400.00", "27 avenue Baudin\n87000 Limoges",
     "adv@arts-table-diffusion.example", "TAB", "ATD-{n:05d}", "3701482"),
    (LIN, "Linge & Maison du Nord", 3, "mon,wed,fri", "150.00",
     "8 rue de l'Épeule\n59100 Roubaix", "commandes@linge-maison-nord.example", "MAI",
     "LM{n:05d}", "3760593"),
)
_COLORS = ("blanc cassé", "bleu nuit", "vert sauge", "terracotta", "ardoise", "sable",
           "moutarde", "gris perle", "rouge cerise", "anthracite", "crème", "bleu canard")
_SCENTS = ("figue", "fleur d'oranger", "bois de cèdre", "lavande", "thé vert", "ambre",
           "citron de Menton", "feu de bois")
# noun, materials, sizes, variants, cost of the smallest size (cents), step per size, pack
_FAMILIES = {
    CUI: (("Chef", "Bistrot", "Origine", "Atelier", "Gourmet", "Essentiel", "Héritage", "Pro"), (
        ("Casserole", ("inox", "inox triple fond", "cuivre", "aluminium anti-adhésif"),
         ("14 cm", "16 cm", "18 cm", "20 cm"), None, 1490, 320, 1),
        ("Poêle", ("anti-adhésive", "inox", "fonte", "tôle d'acier"),
         ("20 cm", "24 cm", "28 cm", "32 cm"), None, 1290, 350, 1),
        ("Sauteuse", ("inox", "anti-adhésive", "fonte émaillée"), ("24 cm", "28 cm"), None,
         2390, 520, 1),
        ("Faitout", ("inox", "aluminium", "fonte émaillée"), ("20 cm", "24 cm", "28 cm"), None,
         2590, 640, 1),
        ("Cocotte", ("fonte émaillée",), ("ronde 20 cm", "ronde 24 cm", "ovale 29 cm"),
         _COLORS, 3890, 950, 1),
        ("Wok", ("acier carbone", "anti-adhésif"), ("28 cm", "32 cm"), None, 1890, 420, 1),
        ("Plat à four", ("grès", "porcelaine", "verre"), ("26 x 18 cm", "32 x 22 cm",
                                                          "38 x 26 cm"), None, 890, 260, 2),
        ("Moule à tarte", ("acier anti-adhésif", "céramique", "silicone"), ("24 cm", "28 cm"),
         None, 490, 120, 6),
        ("Moule à cake", ("acier anti-adhésif", "silicone"), ("26 cm", "30 cm"), None, 450,
         110, 6),
        ("Couteau de chef", ("inox", "acier damassé", "céramique"), ("15 cm", "20 cm", "25 cm"),
         None, 1790, 650, 1),
        ("Couteau d'office", ("inox", "céramique"), ("8 cm", "10 cm"), None, 450, 90, 6),
        ("Planche à découper", ("hêtre", "bambou", "olivier"), ("30 x 20 cm", "40 x 28 cm"),
         None, 790, 420, 2),
        ("Fouet", ("inox", "silicone"), ("25 cm", "30 cm"), None, 290, 60, 12),
        ("Spatule", ("silicone", "hêtre", "bambou"), ("28 cm", "32 cm"), None, 190, 40, 12),
        ("Passoire", ("inox", "silicone pliable"), ("20 cm", "24 cm"), None, 690, 160, 6),
        ("Moulin à poivre", ("hêtre", "acrylique", "inox brossé"), ("14 cm", "18 cm", "22 cm"),
         None, 990, 320, 6),
        ("Rouleau à pâtisserie", ("hêtre", "marbre"), ("40 cm", "50 cm"), None, 590, 250, 6),
        ("Bouilloire", ("inox", "fonte émaillée"), ("1,2 L", "1,7 L"), _COLORS, 2290, 500, 1),
        ("Théière", ("fonte", "inox"), ("0,8 L", "1,2 L"), _COLORS, 1890, 450, 1),
        ("Cafetière à piston", ("verre et inox", "inox double paroi"), ("3 tasses", "8 tasses"),
         None, 1290, 400, 2),
    )),
    TAB: (("Provence", "Bistrot", "Montmartre", "Riviera", "Nordique", "Camargue", "Jardin",
           "Atelier"), (
        ("Assiette plate", ("porcelaine", "grès", "faïence"), ("21 cm", "27 cm"), _COLORS, 290,
         180, 6),
        ("Assiette creuse", ("porcelaine", "grès"), ("20 cm", "23 cm"), _COLORS, 310, 120, 6),
        ("Assiette à dessert", ("porcelaine", "grès", "faïence"), ("19 cm",), _COLORS, 240, 0,
         6),
        ("Bol", ("porcelaine", "grès"), ("40 cl", "60 cl"), _COLORS, 260, 90, 6),
        ("Tasse à café", ("porcelaine", "grès"), ("10 cl",), _COLORS, 220, 0, 6),
        ("Mug", ("grès", "porcelaine", "faïence"), ("30 cl", "40 cl"), _COLORS, 350, 80, 6),
        ("Verre à eau", ("verre", "cristallin"), ("25 cl", "33 cl"), None, 180, 60, 6),
        ("Verre à vin", ("cristallin", "verre"), ("35 cl", "45 cl"), None, 320, 90, 6),
        ("Flûte à champagne", ("cristallin",), ("17 cl", "21 cl"), None, 390, 80, 6),
        ("Carafe", ("verre", "cristallin"), ("1 L", "1,5 L"), None, 990, 350, 1),
        ("Plat de service", ("porcelaine", "grès"), ("30 cm", "36 cm"), _COLORS, 1190, 400, 2),
        ("Saladier", ("porcelaine", "grès", "acacia"), ("24 cm", "28 cm"), None, 1090, 300, 2),
        ("Théière", ("porcelaine", "grès"), ("0,8 L", "1,2 L"), _COLORS, 1490, 400, 1),
        ("Couverts 24 pièces", ("inox 18/10", "inox mat"), ("",), None, 3990, 0, 1),
        ("Petite cuillère", ("inox 18/10", "inox mat", "laiton doré"), ("",), None, 120, 0, 12),
        ("Sous-verres", ("liège", "ardoise"), ("lot de 4",), None, 390, 0, 6),
    )),
    LIN: (("Rayures", "Vichy", "Uni", "Chevrons", "Bord de mer", "Bohème", "Lavandière",
           "Flandres"), (
        ("Torchon", ("lin", "coton", "métis lin-coton"), ("50 x 70 cm",), _COLORS, 350, 0, 2),
        ("Tablier", ("lin", "coton enduit"), ("taille unique",), _COLORS, 990, 0, 1),
        ("Nappe", ("lin", "coton", "coton enduit"), ("150 x 250 cm", "150 x 300 cm",
                                                     "ronde 180 cm"), _COLORS, 2490, 500, 1),
        ("Serviette de table", ("lin", "coton"), ("45 x 45 cm",), _COLORS, 450, 0, 6),
        ("Set de table", ("lin", "jute", "coton"), ("33 x 48 cm",), _COLORS, 350, 0, 6),
        ("Manique", ("coton matelassé", "silicone"), ("",), _COLORS, 290, 0, 2),
        ("Chemin de table", ("lin", "coton"), ("40 x 150 cm",), _COLORS, 1190, 0, 1),
        ("Boîte de conservation", ("verre", "inox", "céramique"), ("0,5 L", "1 L", "1,5 L"),
         None, 490, 200, 6),
        ("Bocal", ("verre",), ("0,5 L", "1 L", "2 L"), None, 190, 90, 12),
        ("Boîte à pain", ("bambou", "métal émaillé"), ("",), _COLORS, 1990, 0, 1),
        ("Panier", ("osier", "jonc de mer"), ("S", "M", "L"), None, 890, 400, 1),
        ("Égouttoir à vaisselle", ("bambou", "inox"), ("",), None, 1490, 0, 1),
        ("Coussin", ("lin", "velours de coton"), ("40 x 40 cm", "45 x 45 cm"), _COLORS, 990,
         200, 2),
        ("Plaid", ("laine", "coton"), ("130 x 170 cm",), _COLORS, 2490, 0, 1),
        ("Bougie parfumée", ("cire de soja",), ("180 g", "300 g"), _SCENTS, 490, 300, 6),
    )),
}
_RANGE_FACTORS = (0.9, 1.0, 1.05, 1.1, 1.2, 0.85, 1.3, 1.15)
_FIRST_NAMES = ("Camille", "Léa", "Chloé", "Manon", "Inès", "Jeanne", "Louise", "Élodie",
                "Hélène", "Anaïs", "Zoé", "Margaux", "Juliette", "Mathilde", "Gaëlle", "Noémie",
                "Adèle", "Océane", "Thomas", "Hugo", "Lucas", "Théo", "Maxime", "Antoine",
                "Julien", "Nicolas", "Grégoire", "François", "Benoît", "Jérôme", "Loïc",
                "Raphaël", "Mehdi", "Yanis", "Sébastien", "Étienne")
_LAST_NAMES = ("Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent",
               "Girard", "Mercier", "Dupont", "Lambert", "Bonnet", "Fontaine", "Rousseau",
               "Blanc", "Guérin", "Muller", "Chevalier", "Perrin", "Morin", "Gauthier", "Leroy",
               "Roussel", "Nguyen", "Benali", "Haddad", "Lemaire", "Duval", "Marchand",
               "Dufour", "Brunet", "Schmitt", "Leroux", "Colin", "Barbier", "Faure")
_STREETS = {
    "PARIS": ("rue de Bretagne\n75003 Paris", "rue des Rosiers\n75004 Paris",
              "rue Oberkampf\n75011 Paris", "boulevard Voltaire\n75011 Paris",
              "rue de Turenne\n75003 Paris", "avenue Parmentier\n75011 Paris"),
    "LYON": ("rue Mercière\n69002 Lyon", "rue Victor-Hugo\n69002 Lyon",
             "cours Franklin-Roosevelt\n69006 Lyon", "montée de la Grande-Côte\n69001 Lyon",
             "quai Saint-Antoine\n69002 Lyon", "rue Paul-Bert\n69003 Lyon"),
    "LILLE": ("rue Esquermoise\n59800 Lille", "rue de Béthune\n59800 Lille",
              "boulevard de la Liberté\n59000 Lille", "rue Solférino\n59000 Lille",
              "rue de Gand\n59800 Lille", "rue Nationale\n59000 Lille"),
    "": ("rue du Faubourg-Bannier\n45000 Orléans", "cours de l'Intendance\n33000 Bordeaux",
         "rue Paradis\n13001 Marseille", "rue Crébillon\n44000 Nantes",
         "Grand'Rue\n67000 Strasbourg", "rue de la Loge\n34000 Montpellier",
         "rue Saint-Malo\n35000 Rennes", "rue d'Alsace-Lorraine\n31000 Toulouse"),
}
# Orders of everyday trade: kind and how many; the first two of each kind fall today and
# yesterday, so that every state (just placed, prepared, gone) is on screen.
_ROUTINE = (("take_away", 16), ("shelf_pickup", 6), ("click_collect", 3),
            ("warehouse_pickup", 4), ("other_shop_pickup", 1), ("shop_delivery", 3),
            ("web", 7), ("marketplace", 4))


@dataclass(frozen=True)
class DemoSummary:
    sites: int
    products: int
    stocked_products: int  # products with units on hand somewhere
    suppliers: int
    offers: int
    pos_by_status: dict[str, int]
    orders_by_status: dict[str, int]
    lines_by_status: dict[str, int]
    customers: int
    transfers_by_status: dict[str, int]
    requests_by_status: dict[str, int]


class DemoCancelled(Refused):
    """`progress` asked to stop; the load was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled", "the demo load was cancelled; nothing was written")


def load_demo(db: Database, today: datetime.date, *, seed: int = 7,
              progress: Callable[[int, int], bool] | None = None) -> DemoSummary:
    """Fills a fresh database with « Maison & Cuisine », as it stands on `today` after five
    weeks of trade. The same seed gives the same data. `progress(done, total)` is called
    after each step; returning False cancels, raising `DemoCancelled` with nothing written.
    Refuses (`not_empty`) a database that already holds sites, suppliers or products."""
    with writing(db):
        found = {name: model.select().count() for name, model in
                 (("sites", SiteRow), ("suppliers", SupplierRow), ("products", ProductRow))}
        if any(found.values()):
            raise Refused("not_empty", "the demo loads only into an empty database", found)
        _Demo(db, today, random.Random(seed)).run(progress)
    return _summary()


def _summary() -> DemoSummary:
    def by_status(model) -> dict[str, int]:
        return dict(sorted(model.select(model.status, fn.COUNT(model.id))
                           .group_by(model.status).tuples()))

    stocked = (StockRow.select(fn.COUNT(fn.DISTINCT(StockRow.product)))
               .where(StockRow.on_hand > 0).scalar())
    return DemoSummary(SiteRow.select().count(), ProductRow.select().count(), stocked,
                       SupplierRow.select().count(), CatalogOfferRow.select().count(),
                       by_status(PurchaseOrderRow), by_status(CustomerOrderRow),
                       by_status(OrderLineRow), CustomerRow.select().count(),
                       by_status(TransferRow), by_status(SupplyRequestRow))


@dataclass
class _Item:
    supplier: str
    sku: str
    ean: str
    ref: str
    description: str
    cost_cents: int
    pack: int
    moq: int = 1
    lead_days: int | None = None
    retail_cents: int = 0
    available: bool = True


def _retail(cost_cents: int) -> int:
    """Recommended price including VAT: about 2.4 times the cost, ending in ,90."""
    return math.ceil(cost_cents * 2.4 / 100) * 100 - 10


def _catalog(rng: random.Random) -> dict[str, list[_Item]]:
    """Each supplier's offers; its first STOCKED_PER_SUPPLIER items are our own products."""
    catalog = {}
    for code, _, _, _, _, _, _, prefix, ref_format, company in _SUPPLIERS:
        ranges, families = _FAMILIES[code]
        combos = [(f, m, s, r, v) for f, family in enumerate(families)
                  for m in range(len(family[1])) for s in range(len(family[2]))
                  for r in range(len(ranges)) for v in (family[3] or (None,))]
        rng.shuffle(combos)
        items = []
        for n, (f, m, s, r, variant) in enumerate(combos[:OFFERS_PER_SUPPLIER]):
            noun, materials, sizes, _, cost, step, pack = families[f]
            words = [noun, materials[m], f"« {ranges[r]} »", sizes[s]]
            description = " ".join(w for w in words if w) + (f" – {variant}" if variant else "")
            cost = round((cost + s * step) * (1 + 0.12 * m) * _RANGE_FACTORS[r]
                         * rng.uniform(0.95, 1.05))
            body = f"{company}{n + 10000:05d}"
            item = _Item(code, f"{prefix}-{n + 10001}", body + str(ean_check_digit(body)),
                         ref_format.format(f=f + 10, n=n), description, cost, pack,
                         retail_cents=_retail(cost))
            if rng.random() < 0.08:
                item.moq = pack * rng.choice((2, 4)) if pack > 1 else rng.choice((3, 6))
            if rng.random() < 0.02:
                item.lead_days = rng.randint(12, 25)  # made to order
            item.available = n < STOCKED_PER_SUPPLIER or rng.random() >= 0.03
            items.append(item)
        catalog[code] = items
    # A few kettles and teapots are sold by both Cuisinox and the tableware wholesaler.
    shared = [i for i in catalog[CUI][STOCKED_PER_SUPPLIER:] if i.available and not i.lead_days
              and i.description.startswith(("Théière", "Bouilloire", "Cafetière"))][:15]
    for k, item in enumerate(shared):
        catalog[TAB].append(_Item(TAB, item.sku, item.ean, f"ATD-9{k:04d}", item.description,
                                  round(item.cost_cents * rng.uniform(0.94, 1.08)), 1,
                                  retail_cents=item.retail_cents))
    return catalog


class _Clock:
    """Dates the rows the services write with the demo's day instead of the real now."""

    STAMPED = ((LedgerRow, LedgerRow.at), (ProductRow, ProductRow.created_at),
               (PurchaseOrderRow, PurchaseOrderRow.created_at),
               (CustomerOrderRow, CustomerOrderRow.created_at),
               (SupplyRequestRow, SupplyRequestRow.created_at),
               (TransferRow, TransferRow.created_at), (AllocationRow, AllocationRow.created_at),
               (StockEventRow, StockEventRow.at))

    def __init__(self, db: Database):
        self.db = db
        self.sql = "SELECT " + ", ".join(f"(SELECT COALESCE(MAX(id), 0) FROM "
                                         f"{model._meta.table_name})" for model, _ in self.STAMPED)
        self.marks = self._marks()

    def _marks(self) -> tuple[int, ...]:
        return tuple(self.db.execute_sql(self.sql).fetchone())

    def stamp(self, when: datetime.datetime) -> None:
        marks = self._marks()
        for (model, column), before, after in zip(self.STAMPED, self.marks, marks):
            if after > before:
                model.update({column: when}).where(model.id > before).execute()
        self.marks = marks


class _Demo:
    """The story, replayed day by day: an agenda of what staff do, run in date order."""

    def __init__(self, db: Database, today: datetime.date, rng: random.Random):
        self.db, self.today, self.rng = db, today, rng
        self.holidays = holiday_dates(COMPANY["country"], today.year - 1)
        self.day = self.start = self.back(HISTORY_DAYS)
        self.now = datetime.datetime.combine(self.start, datetime.time(8, 0))
        self.agenda: dict[datetime.date, list[Callable[[], None]]] = defaultdict(list)
        self.refs: dict[str, str] = {}
        self.busy: set[int] = set()  # products travelling to a pick-up shop
        self.clock = _Clock(db)

    # -- the calendar of the story ------------------------------------------------------
    def back(self, n: int, start: datetime.date | None = None) -> datetime.date:
        """The n-th shop day (Monday to Saturday) before `start` (today); itself for 0."""
        day = start or self.today
        while n > 0:
            day -= datetime.timedelta(days=1)
            n -= self.is_open(day)
        return day

    def is_open(self, day: datetime.date, weekdays: int = 6) -> bool:
        return day.weekday() < weekdays and day not in self.holidays

    def later(self, day: datetime.date, n: int, weekdays: int = 6) -> datetime.date:
        """The n-th working day after `day` (0: `day` itself if open); Monday to Saturday,
        or Monday to Friday with weekdays=5; public holidays are closed."""
        while not self.is_open(day, weekdays):
            day += datetime.timedelta(days=1)
        for _ in range(n):
            day += datetime.timedelta(days=1)
            while not self.is_open(day, weekdays):
                day += datetime.timedelta(days=1)
        return day

    def on(self, day: datetime.date, action: Callable[[], None]) -> None:
        if day <= self.today:  # what falls after today has not happened yet
            self.agenda[max(day, self.day)].append(action)

    def stamp(self) -> datetime.datetime:
        at = self.now
        self.clock.stamp(at)
        self.now += datetime.timedelta(minutes=self.rng.randint(3, 20))
        return at

    def call(self, service, *args, **kwargs):
        """A service run on the story's day; returns its result (`self.last`: when)."""
        result = service(self.db, *args, today=self.day, **kwargs)
        self.last = self.stamp()
        return result

    # -- the steps ----------------------------------------------------------------------
    def run(self, progress: Callable[[int, int], bool] | None) -> None:
        steps: list[Callable[[], None]] = [self.open_sites, self.load_catalogs,
                                           self.open_stock, self.write_story]
        day = self.start
        while day <= self.today:
            steps.append(lambda d=day: self.run_day(d))
            day += datetime.timedelta(days=1)
        for done, step in enumerate(steps, 1):
            step()
            if progress is not None and progress(done, len(steps)) is False:
                raise DemoCancelled()

    def open_sites(self) -> None:
        set_setting("company", COMPANY)
        for code, name, kind, days, address, phone in _SITES:
            sites.add_site(self.db, code, name, kind, opening_days=days, address=address,
                           phone=phone, email=f"{code.lower()}@maison-cuisine.example")
        for (origin, destination), days in _TRANSFER_DAYS.items():
            sites.set_transfer_days(self.db, origin, destination, days)
            sites.set_transfer_days(self.db, destination, origin, days)

    def load_catalogs(self) -> None:
        self.catalog = _catalog(self.rng)
        at = datetime.datetime.combine(self.start - datetime.timedelta(days=14),
                                       datetime.time(7, 30))
        fields = [CatalogOfferRow.supplier, CatalogOfferRow.supplier_ref, CatalogOfferRow.sku,
                  CatalogOfferRow.ean, CatalogOfferRow.description, CatalogOfferRow.cost_cents,
                  CatalogOfferRow.pack_size, CatalogOfferRow.min_order_qty,
                  CatalogOfferRow.lead_days, CatalogOfferRow.retail_price_cents,
                  CatalogOfferRow.vat_bp, CatalogOfferRow.available, CatalogOfferRow.updated_at]
        for code, name, lead, days, minimum, address, email, *_ in _SUPPLIERS:
            suppliers.add_supplier(self.db, code, name, lead, order_days=days,
                                   min_order=minimum, address=address, email=email)
            supplier_id = SupplierRow.get(SupplierRow.code == code).id
            rows = [(supplier_id, i.ref, i.sku, i.ean, i.description, i.cost_cents, i.pack,
                     i.moq, i.lead_days, i.retail_cents, 2000, i.available, at)
                    for i in self.catalog[code]]
            # 999 bound parameters per statement: the lowest limit among SQLite builds.
            for chunk in chunked(rows, 999 // len(fields)):
                CatalogOfferRow.insert_many(chunk, fields=fields).execute()
            index_offers_of_supplier(self.db, supplier_id)

    def open_stock(self) -> None:
        """Our own 300 products, and their opening stock (ledger rows, as any stock)."""
        own = [i for code in self.catalog for i in self.catalog[code][:STOCKED_PER_SUPPLIER]]
        at = datetime.datetime.combine(self.start, datetime.time(8, 0))
        rows = [(i.sku, i.ean, i.description, i.retail_cents, 2000, at) for i in own]
        fields = [ProductRow.sku, ProductRow.ean, ProductRow.name, ProductRow.price_cents,
                  ProductRow.vat_bp, ProductRow.created_at]
        for chunk in chunked(rows, 999 // len(fields)):
            ProductRow.insert_many(chunk, fields=fields).execute()
        ids = dict(ProductRow.select(ProductRow.sku, ProductRow.id).tuples())
        index_products(self.db, ids.values())
        site_ids = dict(SiteRow.select(SiteRow.code, SiteRow.id).tuples())
        self.items: dict[str, _Item] = {}
        for items in self.catalog.values():
            for item in items:
                self.items.setdefault(item.sku, item)
        self.zero: dict[str, list[str]] = {}
        self.restock: dict[str, list[str]] = {}
        rng = self.rng
        for code, items in self.catalog.items():
            mine = items[:STOCKED_PER_SUPPLIER]
            rng.shuffle(mine)
            self.zero[code] = [i.sku for i in mine[:ZERO_PER_SUPPLIER]]
            shops_only = {i.sku for i in mine[ZERO_PER_SUPPLIER:ZERO_PER_SUPPLIER + 4]}
            self.restock[code] = sorted(i.sku for i in mine[ZERO_PER_SUPPLIER + 4:])
            opening = []
            for item in sorted(mine[ZERO_PER_SUPPLIER:], key=lambda i: i.sku):
                quantities = {}
                if item.sku not in shops_only:
                    quantities[WAREHOUSE] = (item.pack * rng.randint(2, 8) if item.pack > 1
                                             else rng.randint(4, 30))
                for shop in rng.sample(SHOPS, rng.randint(1, 2)) if item.sku in shops_only \
                        else [s for s in SHOPS if rng.random() < 0.5]:
                    quantities[shop] = rng.randint(1, 6) if item.pack == 1 else rng.randint(2, 12)
                opening += [(site_ids[site], ids[item.sku], qty)
                            for site, qty in quantities.items()]
            # Empty cache rows first, in bulk: each movement is then one insert and one update.
            for chunk in chunked([(site, product) for site, product, _ in opening], 400):
                StockRow.insert_many(chunk, fields=[StockRow.site, StockRow.product]).execute()
            for site, product, qty in opening:
                post_movement(site, product, qty, "adjustment", "Stock initial")
        self.stamp()
        self.customers = self._customers()
        self.catalog_only = {code: [i.sku for i in items[STOCKED_PER_SUPPLIER:]
                                    if i.available and i.supplier == code]
                             for code, items in self.catalog.items()}
        shared = {i.sku for i in self.catalog[TAB] if i.ref.startswith("ATD-9")}
        self.catalog_only = {code: [s for s in skus if s not in shared]
                             for code, skus in self.catalog_only.items()}

    def _customers(self) -> dict[str, list[Customer]]:
        rng = self.rng
        first, last = list(_FIRST_NAMES), list(_LAST_NAMES)
        rng.shuffle(first)
        rng.shuffle(last)
        people: dict[str, list[Customer]] = defaultdict(list)
        for k, (given, family) in enumerate(zip(first, last)):
            city = (*SHOPS, "")[k % 4]
            plain = unicodedata.normalize("NFKD", f"{given}.{family}").encode("ascii", "ignore")
            email = f"{plain.decode().lower()}@{rng.choice(('example.com', 'example.org'))}"
            phone = f"06 39 98 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
            address = f"{rng.randint(1, 120)} {rng.choice(_STREETS[city])}"
            people[city].append(Customer(f"{given} {family}", phone, email, address))
        return people

    def customer(self, site: str, channel: str = "shop") -> Customer:
        pool = self.customers[""] if channel != "shop" or site not in SHOPS \
            else self.customers[site]
        if channel != "shop" and self.rng.random() < 0.3:
            pool = self.customers[self.rng.choice(SHOPS)]
        return self.rng.choice(pool)

    def run_day(self, day: datetime.date) -> None:
        self.day = day
        self.now = datetime.datetime.combine(day, datetime.time(9, self.rng.randint(0, 25)))
        actions = self.agenda[day]
        i = 0
        while i < len(actions):  # an action may add others for the same day
            actions[i]()
            i += 1
        del self.agenda[day]

    # -- what staff do ------------------------------------------------------------------
    def order(self, site: str, lines: list[tuple[str, int]], *, channel: str = "shop",
              mode: str = "pickup", customer: Customer | None = None) -> str:
        who = customer if customer is not None else self.customer(site, channel)
        view = self.call(ordering.place_order,
                         OrderRequest(site, lines, channel, mode, who,
                                      who.address if mode == "delivery" else ""))
        self.follow_up(view)
        return view.order

    def follow_up(self, view) -> None:
        """Prepare, send, hand over: what staff do next for goods already in stock."""
        allocations = [(line.sku, a.qty, a.source, a.site) for line in view.lines
                       for a in line.allocations]
        if view.mode == "take_away" or any(a[2] != "site_stock" for a in allocations):
            return  # gone already, or waiting for a PO or the supplier's catalog
        ref, rng = view.order, self.rng
        if view.mode == "delivery":
            packed = self.later(self.day, rng.choice((0, 1)), 5)
            self.on(packed, lambda: self.call(fulfilment.mark_ready, ref))
            self.on(self.later(packed, 1, 5), lambda: self.call(fulfilment.ship_order, ref))
            return
        away = defaultdict(list)
        for sku, qty, _, site in allocations:
            if site != view.site:
                away[site].append((sku, qty))
        if not away:
            self.on(self.day, lambda: self.call(fulfilment.mark_ready, ref))
            self.on(self.later(self.day, rng.randint(1, 4)), lambda: self.collect(ref))
        for origin, lines in sorted(away.items()):
            # The promise counts the origin's handling days from the sale: send it today.
            weekdays = 5 if origin == WAREHOUSE else 6
            self.on(self.later(self.day, 0, weekdays),
                    lambda o=origin, l=lines: self.send(o, view.site, l))

    def send(self, origin: str, destination: str, lines: list[tuple[str, int]]) -> None:
        view = self.call(transfers.create_transfer, origin, destination, lines)
        self.on(view.expected, lambda: self.receive_transfer(view.transfer))

    def receive_transfer(self, ref: str) -> None:
        view = self.call(transfers.receive_transfer, ref)
        TransferRow.update(received_at=self.last).where(
            TransferRow.id == transfers.transfer_row(ref).id).execute()
        for order in view.ready_orders:
            self.on(self.later(self.day, self.rng.randint(0, 2)), lambda o=order: self.collect(o))

    def collect(self, ref: str) -> None:
        if ordering.show_order(self.db, ref, self.day).status == "open":
            self.call(fulfilment.collect_order, ref)

    def ship(self, ref: str) -> None:
        if ordering.show_order(self.db, ref, self.day).status == "open":
            self.call(fulfilment.ship_order, ref)

    def po(self, name: str, supplier: str, site: str, expected: datetime.date,
           lines: list[tuple[str, int]], *, confirm: bool = True, notes: str = "") -> None:
        """A PO by hand; quantities are given in the supplier's packs."""
        view = self.call(purchasing.create_po, supplier, site, expected,
                         [(sku, packs * self.items[sku].pack, None) for sku, packs in lines],
                         notes=notes)
        self.refs[name] = view.po
        if confirm:
            self.confirm(view.po)

    def confirm(self, ref: str) -> None:
        self.call(purchasing.confirm_po, ref)
        PurchaseOrderRow.update(confirmed_at=self.last).where(
            PurchaseOrderRow.id == purchasing.po_row(ref).id).execute()

    def receive(self, name: str, lines: list[tuple[str, int]] | None = None) -> None:
        receipt = self.call(receiving.receive_po, self.refs[name], lines=lines)
        for ref in receipt.transfers:
            expected = transfers.transfer_row(ref).expected_date
            self.on(expected, lambda r=ref: self.receive_transfer(r))
        for order in sorted({s.order for s in receipt.served if s.outcome == "ready"}):
            view = ordering.show_order(self.db, order, self.day)
            if view.mode == "delivery":
                self.on(self.later(self.day, 1, 5), lambda o=order: self.ship(o))
            else:
                self.on(self.later(self.day, self.rng.randint(1, 2)),
                        lambda o=order: self.collect(o))

    def adjust(self, site: str, delta: int, reason: str) -> None:
        lines = self.pick(lambda free, q: free.get(site, 0) >= q, 1, (abs(delta),))
        if lines:
            stock.adjust_stock(self.db, site, lines[0][0], delta, reason)
            self.stamp()

    # -- choosing products ---------------------------------------------------------------
    def pick(self, fits: Callable[[dict[str, int], int], bool], count: int,
             quantities: tuple[int, ...] = (1, 1, 1, 2)) -> list[tuple[str, int]]:
        """Up to `count` products whose free stock per site `fits` a random quantity."""
        codes = dict(SiteRow.select(SiteRow.id, SiteRow.code).tuples())
        free: dict[int, dict[str, int]] = defaultdict(dict)
        for product, site, available in self.db.execute_sql(
                "SELECT product_id, site_id, on_hand - reserved FROM stock "
                "WHERE on_hand > reserved ORDER BY product_id, site_id"):
            free[product][codes[site]] = available
        qty = self.rng.choice(quantities)
        found = [p for p in sorted(free) if p not in self.busy and fits(free[p], qty)]
        chosen = self.rng.sample(found, min(count, len(found)))
        skus = dict(ProductRow.select(ProductRow.id, ProductRow.sku)
                    .where(ProductRow.id.in_(chosen)).tuples()) if chosen else {}
        return [(skus[p], qty) for p in chosen]

    def routine(self, kind: str) -> None:
        rng = self.rng
        shop = rng.choice(SHOPS)
        on_shelf = lambda free, q: free.get(shop, 0) >= q  # noqa: E731
        in_warehouse = lambda free, q: free.get(WAREHOUSE, 0) >= q  # noqa: E731
        if kind == "take_away":
            lines = self.pick(on_shelf, rng.choice((1, 1, 2, 3)))
            who = self.customer(shop) if rng.random() < 0.3 else Customer()
            if lines:
                self.order(shop, lines, mode="take_away", customer=who)
        elif kind in ("shelf_pickup", "shop_delivery"):
            lines = self.pick(on_shelf, rng.choice((1, 2)))
            if lines:
                self.order(shop, lines, mode="pickup" if kind == "shelf_pickup" else "delivery")
        elif kind in ("click_collect", "warehouse_pickup", "other_shop_pickup"):
            fits = {"click_collect": lambda free, q: on_shelf(free, q) or in_warehouse(free, q),
                    "warehouse_pickup": lambda free, q: (not free.get(shop)
                                                         and in_warehouse(free, q)),
                    "other_shop_pickup": lambda free, q: not free.get(shop) and not free.get(
                        WAREHOUSE) and any(free.get(s, 0) >= q for s in SHOPS)}[kind]
            lines = self.pick(fits, 1)
            if lines:
                self.busy.add(ProductRow.get(ProductRow.sku == lines[0][0]).id)
                self.order(shop, lines, channel="web" if kind == "click_collect" else "shop")
        else:  # web and marketplace parcels leave the warehouse
            lines = self.pick(in_warehouse, rng.choice((1, 1, 2, 3)) if kind == "web" else 1)
            if lines:
                self.order(WAREHOUSE, lines, channel=kind, mode="delivery")

    def catalog_order(self, supplier: str, site: str, *, channel: str = "shop",
                      mode: str = "pickup", with_stock: bool = False) -> None:
        """A sale of an item only the supplier's catalog holds: a supply request."""
        pool = self.catalog_only[supplier]
        sku = pool.pop(self.rng.randrange(len(pool)))
        lines = [(sku, self.rng.choice((1, 1, 2)))]
        if with_stock:
            lines += self.pick(lambda free, q: free.get(WAREHOUSE, 0) >= q, 1)
        self.order(site, lines, channel=channel, mode=mode)

    # -- the story ------------------------------------------------------------------------
    def write_story(self) -> None:
        b, on, rng = self.back, self.on, self.rng
        ahead = lambda n: self.later(self.today, n, 5)  # noqa: E731
        zc, za, zl = self.zero[CUI], self.zero[TAB], self.zero[LIN]
        extra = {code: rng.sample(skus, 12) for code, skus in self.restock.items()}
        web = lambda: self.customer(WAREHOUSE, "web")  # noqa: E731

        def more(code: str, k: int) -> list[tuple[str, int]]:  # restock lines, in packs
            return [(sku, rng.randint(1, 3)) for sku in extra[code][4 * k:4 * k + 4]]

        def pegged(site, sku, qty, channel="shop", mode="pickup"):
            return lambda: self.order(site, [(sku, qty)], channel=channel, mode=mode)

        # Received in full: Cuisinox restocks the warehouse; two customers were waiting.
        on(b(30), lambda: self.po("received", CUI, WAREHOUSE, b(24),
                                  [(zc[0], 2), (zc[1], 3), (zc[2], 2), *more(CUI, 1)]))
        on(b(28), pegged("LYON", zc[0], 1))
        on(b(27), lambda: self.order(WAREHOUSE, [(zc[1], 2)], channel="web", mode="delivery",
                                     customer=web()))
        on(b(24), lambda: self.receive("received"))
        on(b(20), lambda: self.adjust("LYON", -1, "Casse en rayon"))
        # Confirmed, then cancelled: the supplier cannot deliver; its customer is re-sourced.
        on(b(15), lambda: self.po("cancelled", TAB, WAREHOUSE, b(4), [(za[5], 2)]))
        on(b(14), pegged(WAREHOUSE, za[5], 1, "web", "delivery"))
        # Partly received: one reference came short, another not at all (now overdue).
        on(b(13), lambda: self.po("partial", TAB, WAREHOUSE, b(7),
                                  [(za[0], 4), (za[1], 2), (za[2], 3), (extra[TAB][0], 2),
                                   *more(TAB, 1)]))
        on(b(12), pegged("PARIS", za[0], 2))
        on(b(12), pegged(WAREHOUSE, za[1], 1, "marketplace", "delivery"))
        on(b(11), pegged("LILLE", za[2], 2))
        on(b(10), lambda: self.adjust(WAREHOUSE, 2, "Inventaire tournant"))
        # Confirmed and overdue: expected a week ago, still not here.
        on(b(11), lambda: self.po("overdue", LIN, WAREHOUSE, b(7),
                                  [(zl[0], 3), (zl[1], 2), *more(LIN, 1)]))
        on(b(10), pegged(WAREHOUSE, zl[0], 2, "web", "delivery"))
        on(b(9), pegged("LYON", zl[1], 1))
        # A draft dropped the next day.
        on(b(8), lambda: self.po("dropped", CUI, WAREHOUSE, b(2), [(zc[6], 2), *more(CUI, 2)],
                                 confirm=False, notes="Réassort à valider"))
        on(b(7), lambda: self.call(purchasing.cancel_po, self.refs["dropped"]))
        # Confirmed, then pushed back by the supplier after two customers were promised.
        on(b(6), lambda: self.po("pushed", LIN, WAREHOUSE, ahead(1),
                                 [(zl[2], 2), (zl[3], 2), *more(LIN, 0)[:2]]))
        on(b(6), lambda: self.call(purchasing.cancel_po, self.refs["cancelled"]))
        on(b(7), lambda: self.receive("partial", [
            (za[0], self.items[za[0]].pack * 2), (za[2], self.items[za[2]].pack * 3),
            (extra[TAB][0], self.items[extra[TAB][0]].pack * 2)]))
        # Delivered straight to the Lyon shop.
        on(b(5), lambda: self.po("to_shop", TAB, "LYON", ahead(1),
                                 [(za[3], 2), (za[4], 2), *more(TAB, 2)]))
        on(b(4), pegged("LILLE", zl[2], 1))
        on(b(4), pegged("PARIS", zl[3], 2, "shop", "delivery"))
        on(b(4), pegged("LYON", za[3], 2))
        # Catalog sales put on POs on the supplier's next order day, as the promise assumed;
        # a day later and the promise would slip a week.
        order_day = b(2)
        while (order_day.weekday() not in parse_weekdays(_SUPPLIERS[1][3])
               or order_day in self.holidays):
            order_day -= datetime.timedelta(days=1)
        on(b(2, order_day), lambda: self.catalog_order(TAB, "PARIS"))
        on(b(2, order_day), lambda: self.catalog_order(TAB, WAREHOUSE, channel="web",
                                                       mode="delivery"))
        on(b(1, order_day), lambda: self.catalog_order(TAB, "LILLE"))
        on(order_day, lambda: [self.confirm(v.po) for v in
                               self.call(purchasing.pos_from_requests, supplier=TAB)])
        on(b(4), lambda: self.cancellable())
        on(b(3), lambda: self.refs.get("cancel_me") and self.call(ordering.cancel_order,
                                                                   self.refs["cancel_me"]))
        on(b(3), lambda: self.po("due_soon", CUI, WAREHOUSE, ahead(2),
                                 [(zc[3], 2), (zc[4], 2), *more(CUI, 0)]))
        on(b(3), lambda: self.catalog_order(CUI, "LYON"))
        on(b(2), pegged("PARIS", zc[3], 1))
        on(b(2), pegged("LILLE", za[4], 1, "web"))
        on(b(2), lambda: self.catalog_order(CUI, WAREHOUSE, channel="web", mode="delivery",
                                            with_stock=True))
        on(b(2), lambda: self.adjust("PARIS", -1, "Produit abîmé, retiré de la vente"))
        on(b(1), lambda: self.call(purchasing.set_expected_date, self.refs["pushed"], ahead(6)))
        on(b(1), lambda: self.po("draft", LIN, WAREHOUSE, ahead(4),
                                 [(zl[4], 2), (zl[5], 2), *more(LIN, 2)], confirm=False,
                                 notes="Réassort linge de table"))
        on(b(1), lambda: self.catalog_order(CUI, "PARIS"))
        on(b(1), lambda: self.call(purchasing.pos_from_requests, supplier=CUI))
        on(b(1), lambda: self.catalog_order(LIN, "LILLE"))
        on(b(0), lambda: self.call(purchasing.set_expected_date, self.refs["due_soon"],
                                   ahead(5), sku=zc[3]))
        on(b(0), pegged(WAREHOUSE, zc[4], 1, "marketplace", "delivery"))
        on(b(0), lambda: self.catalog_order(CUI, WAREHOUSE, channel="marketplace",
                                            mode="delivery"))
        on(b(0), pegged(WAREHOUSE, zl[6], 1, "web", "delivery"))  # own product, from catalog
        for kind, count in _ROUTINE:
            for k in range(count):
                n = k if k < 2 else rng.randint(2, 24)
                on(b(n), lambda kind=kind: self.routine(kind))

    def cancellable(self) -> None:
        lines = self.pick(lambda free, q: free.get("LYON", 0) >= q, 1)
        if lines:
            who = self.customer("LYON")
            view = self.call(ordering.place_order, OrderRequest("LYON", lines, customer=who))
            self.refs["cancel_me"] = view.order
