<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="58"/>
        <source>Set aside, ready for the customer (%n line(s))</source>
        <translation>
            <numerusform>Set aside, ready for the customer (%n line)</numerusform>
            <numerusform>Set aside, ready for the customer (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="64"/>
        <source>Cancelled (%n line(s) released)</source>
        <translation>
            <numerusform>Cancelled (%n line released)</numerusform>
            <numerusform>Cancelled (%n lines released)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="67"/>
        <source>Sourced again: %n line(s) now sooner</source>
        <translation>
            <numerusform>Sourced again: %n line now sooner</numerusform>
            <numerusform>Sourced again: %n lines now sooner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="90"/>
        <source>Late: %n line(s) {why}</source>
        <translation>
            <numerusform>Late: %n line {why}</numerusform>
            <numerusform>Late: %n lines {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/widgets/product_picker.py" line="26"/>
        <source>%Ln available</source>
        <translation>
            <numerusform>%Ln available</numerusform>
            <numerusform>%Ln available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="51"/>
        <source>%n handling day(s) at {site}</source>
        <translation>
            <numerusform>%n handling day at {site}</numerusform>
            <numerusform>%n handling days at {site}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="54"/>
        <source>%n transfer day(s) to {to}</source>
        <translation>
            <numerusform>%n transfer day to {to}</numerusform>
            <numerusform>%n transfer days to {to}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="57"/>
        <source>%n delivery day(s)</source>
        <translation>
            <numerusform>%n delivery day</numerusform>
            <numerusform>%n delivery days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="89"/>
        <source>Ordered from {supplier} on {order}, %n business day(s) lead time, arriving at {site} on {arrival}</source>
        <translation>
            <numerusform>Ordered from {supplier} on {order}, %n business day lead time, arriving at {site} on {arrival}</numerusform>
            <numerusform>Ordered from {supplier} on {order}, %n business days lead time, arriving at {site} on {arrival}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/backup_menu.py" line="180"/>
        <source>The backup is restored: %Ln order(s).</source>
        <translation>
            <numerusform>The backup is restored: %Ln order.</numerusform>
            <numerusform>The backup is restored: %Ln orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="273"/>
        <source>Rejected rows (%Ln)</source>
        <translation>
            <numerusform>Rejected rows (%Ln)</numerusform>
            <numerusform>Rejected rows (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="290"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="346"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="347"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="348"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="351"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="355"/>
        <source>%Ln row(s) rejected (see below).</source>
        <translation>
            <numerusform>%Ln row rejected (see below).</numerusform>
            <numerusform>%Ln rows rejected (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="360"/>
        <source>%Ln of the first rows rejected (see below).</source>
        <translation>
            <numerusform>%Ln of the first rows rejected (see below).</numerusform>
            <numerusform>%Ln of the first rows rejected (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="368"/>
        <source>Import the %Ln valid row(s) only</source>
        <translation>
            <numerusform>Import the %Ln valid row only</numerusform>
            <numerusform>Import the %Ln valid rows only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="369"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Import %Ln row</numerusform>
            <numerusform>Import %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="318"/>
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="324"/>
        <source>order(s) whose promise slipped: warn the customer(s)</source>
        <translation>
            <numerusform>order whose promise slipped: warn the customer</numerusform>
            <numerusform>orders whose promise slipped: warn the customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="337"/>
        <source>parcel(s) to pack and send</source>
        <translation>
            <numerusform>parcel to pack and send</numerusform>
            <numerusform>parcels to pack and send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="342"/>
        <source>order(s) set aside for their customer(s)</source>
        <translation>
            <numerusform>order set aside for its customer</numerusform>
            <numerusform>orders set aside for their customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="350"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="353"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="366"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="384"/>
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="360"/>
        <source>to receive, %n of them overdue</source>
        <translation>
            <numerusform>to receive, %n of them overdue</numerusform>
            <numerusform>to receive, %n of them overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="365"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="373"/>
        <source>catalog sale(s) to order from their supplier(s)</source>
        <translation>
            <numerusform>catalog sale to order from its supplier</numerusform>
            <numerusform>catalog sales to order from their suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="385"/>
        <source>%Ln customer line(s) wait for it</source>
        <translation>
            <numerusform>%Ln customer line waits for it</numerusform>
            <numerusform>%Ln customer lines wait for it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="391"/>
        <source>in transit, %n customer line(s) wait for them</source>
        <translation>
            <numerusform>in transit, %n customer line waits for them</numerusform>
            <numerusform>in transit, %n customer lines wait for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="401"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="406"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="409"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpectedDateDialog</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="577"/>
        <source>Now expected {0}. %Ln unit(s) on it are sold to customers: their promises move with the date, and you will see who to warn.</source>
        <translation>
            <numerusform>Now expected {0}. %Ln unit on it is sold to a customer: the promise moves with the date, and you will see who to warn.</numerusform>
            <numerusform>Now expected {0}. %Ln units on it are sold to customers: their promises move with the date, and you will see who to warn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="96"/>
        <source>Nothing was imported: %Ln row(s) have errors.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row has errors.</numerusform>
            <numerusform>Nothing was imported: %Ln rows have errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="99"/>
        <source>{file} was read to the end (%Ln row(s)). Import the valid rows only, or nothing and fix the file first: the catalog of {supplier} stays as it is until you choose.</source>
        <translation>
            <numerusform>{file} was read to the end (%Ln row). Import the valid rows only, or nothing and fix the file first: the catalog of {supplier} stays as it is until you choose.</numerusform>
            <numerusform>{file} was read to the end (%Ln rows). Import the valid rows only, or nothing and fix the file first: the catalog of {supplier} stays as it is until you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="116"/>
        <source>…and %Ln more error(s), not listed here nor in the report.</source>
        <translation>
            <numerusform>…and %Ln more error, not listed here nor in the report.</numerusform>
            <numerusform>…and %Ln more errors, not listed here nor in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="136"/>
        <source>Import the %Ln valid row(s) only</source>
        <translation>
            <numerusform>Import the %Ln valid row only</numerusform>
            <numerusform>Import the %Ln valid rows only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateCustomersDialog</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="665"/>
        <source>%Ln customer(s) will now get their goods later than promised. Call or write to them: here is what to tell each.</source>
        <translation>
            <numerusform>%Ln customer will now get their goods later than promised. Call or write to them: here is what to tell them.</numerusform>
            <numerusform>%Ln customers will now get their goods later than promised. Call or write to them: here is what to tell each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="463"/>
        <source>%Ln late order(s)</source>
        <translation>
            <numerusform>%Ln late order</numerusform>
            <numerusform>%Ln late orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="465"/>
        <source>%Ln open order(s)</source>
        <translation>
            <numerusform>%Ln open order</numerusform>
            <numerusform>%Ln open orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="467"/>
        <source>%Ln completed order(s)</source>
        <translation>
            <numerusform>%Ln completed order</numerusform>
            <numerusform>%Ln completed orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="469"/>
        <source>%Ln cancelled order(s)</source>
        <translation>
            <numerusform>%Ln cancelled order</numerusform>
            <numerusform>%Ln cancelled orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="471"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasingScreen</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="358"/>
        <source>%Ln unit(s) sold to waiting customers</source>
        <translation>
            <numerusform>%Ln unit sold to a waiting customer</numerusform>
            <numerusform>%Ln units sold to waiting customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="478"/>
        <source>%Ln unit(s) on it are sold to customers: they will be sourced again (another PO, stock or the catalog) and you will see who to warn.</source>
        <translation>
            <numerusform>%Ln unit on it is sold to a customer: it will be sourced again (another PO, stock or the catalog) and you will see who to warn.</numerusform>
            <numerusform>%Ln units on it are sold to customers: they will be sourced again (another PO, stock or the catalog) and you will see who to warn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="490"/>
        <source>Close {po}? The supplier will not deliver the %Ln unit(s) still missing; customers waiting for them are sourced again.</source>
        <translation>
            <numerusform>Close {po}? The supplier will not deliver the %Ln unit still missing; customers waiting for it are sourced again.</numerusform>
            <numerusform>Close {po}? The supplier will not deliver the %Ln units still missing; customers waiting for them are sourced again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="507"/>
        <source>%Ln customer(s) to warn.</source>
        <translation>
            <numerusform>%Ln customer to warn.</numerusform>
            <numerusform>%Ln customers to warn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="525"/>
        <source>%Ln unit(s) booked in</source>
        <translation>
            <numerusform>%Ln unit booked in</numerusform>
            <numerusform>%Ln units booked in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="526"/>
        <source>%Ln customer order(s) served</source>
        <translation>
            <numerusform>%Ln customer order served</numerusform>
            <numerusform>%Ln customer orders served</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="685"/>
        <source>{name} ({code}): %Ln offer(s)</source>
        <translation>
            <numerusform>{name} ({code}): %Ln offer</numerusform>
            <numerusform>{name} ({code}): %Ln offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="688"/>
        <source>delivers in %n business day(s)</source>
        <translation>
            <numerusform>delivers in %n business day</numerusform>
            <numerusform>delivers in %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="833"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="834"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="835"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="836"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="838"/>
        <source>%Ln offer(s) no longer in the file are now unavailable.</source>
        <translation>
            <numerusform>%Ln offer no longer in the file is now unavailable.</numerusform>
            <numerusform>%Ln offers no longer in the file are now unavailable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1006"/>
        <source>%Ln unit(s) booked into {site} on {date}. Customers waiting for them were served first, oldest order first.</source>
        <translation>
            <numerusform>%Ln unit booked into {site} on {date}. Customers waiting for it were served first, oldest order first.</numerusform>
            <numerusform>%Ln units booked into {site} on {date}. Customers waiting for them were served first, oldest order first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/reports.py" line="176"/>
        <source>{title}: %Ln row(s)</source>
        <translation>
            <numerusform>{title}: %Ln row</numerusform>
            <numerusform>{title}: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/sell.py" line="451"/>
        <source>In %n day(s).</source>
        <translation>
            <numerusform>In %n day.</numerusform>
            <numerusform>In %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/sell.py" line="496"/>
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln free</numerusform>
            <numerusform>%Ln free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/settings.py" line="728"/>
        <source>Saved: {0} → {1} in %n day(s){2}</source>
        <translation>
            <numerusform>Saved: {0} → {1} in %n day{2}</numerusform>
            <numerusform>Saved: {0} → {1} in %n days{2}</numerusform>
        </translation>
    </message>
</context>
</TS>
