<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="62"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="62"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="62"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="63"/>
        <source>allocated</source>
        <translation>alloué</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="36"/>
        <source>{qty} × {sku} still at {where}: transfer it to the shop</source>
        <translation>{qty} × {sku} encore à {where}&#xa0;: à transférer au magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="37"/>
        <source>{qty} × {sku} on its way on transfer {where}</source>
        <translation>{qty} × {sku} en route par le transfert {where}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="38"/>
        <source>{qty} × {sku} on a purchase order, arriving at {where}</source>
        <translation>{qty} × {sku} sur un bon de commande, arrivée à {where}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="39"/>
        <source>{qty} × {sku} to be ordered from the supplier</source>
        <translation>{qty} × {sku} à commander au fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="40"/>
        <source>{qty} × {sku} has no supply any more: source it again</source>
        <translation>{qty} × {sku} n&apos;a plus d&apos;approvisionnement&#xa0;: réaffectez la ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="52"/>
        <source>Placed, promised for {date}</source>
        <translation>Commande passée, promise pour le {date}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="53"/>
        <source>Placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="56"/>
        <source>Ready: the goods arrived on transfer {transfer}</source>
        <translation>Prête&#xa0;: la marchandise est arrivée par le transfert {transfer}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="60"/>
        <source>Shipped to the customer: {skus}</source>
        <translation>Expédiée au client&#xa0;: {skus}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="62"/>
        <source>Collected by the customer: {skus}</source>
        <translation>Retirée par le client&#xa0;: {skus}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="58"/>
        <source>Set aside, ready for the customer (%n line(s))</source>
        <translation>
            <numerusform>Mise de côté, prête pour le client (%n ligne)</numerusform>
            <numerusform>Mise de côté, prête pour le client (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="64"/>
        <source>Cancelled (%n line(s) released)</source>
        <translation>
            <numerusform>Annulée (%n ligne libérée)</numerusform>
            <numerusform>Annulée (%n lignes libérées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="67"/>
        <source>Sourced again: %n line(s) now sooner</source>
        <translation>
            <numerusform>Réaffectée&#xa0;: %n ligne désormais plus tôt</numerusform>
            <numerusform>Réaffectée&#xa0;: %n lignes désormais plus tôt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="68"/>
        <source>Sourced again: nothing sooner found</source>
        <translation>Réaffectée&#xa0;: rien de plus rapide trouvé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="70"/>
        <source>Customer returned {qty} × {sku}: {reason}</source>
        <translation>Retour client de {qty} × {sku}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="73"/>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="58"/>
        <location filename="../../oms_desktop/ui/texts.py" line="63"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="73"/>
        <source>sent on to the shop</source>
        <translation>envoyé au magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="74"/>
        <source>waiting for the rest</source>
        <translation>en attente du reste</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="75"/>
        <source>{qty} × {sku} received on {po}</source>
        <translation>{qty} × {sku} reçu(s) sur {po}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="80"/>
        <source>{qty} × {sku} sourced again after a supply change</source>
        <translation>{qty} × {sku} réaffecté(s) après un changement d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="82"/>
        <source>{qty} × {sku} lost its supply</source>
        <translation>{qty} × {sku}&#xa0;: approvisionnement perdu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="100"/>
        <source>transfer {ref}</source>
        <translation>transfert {ref}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="101"/>
        <source>supplier ref. {ref}</source>
        <translation>réf. fournisseur {ref}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="105"/>
        <source> on its way to {site}</source>
        <translation> en route vers {site}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="107"/>
        <source> at {site}</source>
        <translation> à {site}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="118"/>
        <source>no date: the line has no supply</source>
        <translation>pas de date&#xa0;: la ligne n&apos;a pas d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="119"/>
        <source>promised for {date}</source>
        <translation>date promise&#xa0;: {date}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="121"/>
        <source>(first promised for {date})</source>
        <translation>(promise initiale&#xa0;: {date})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="178"/>
        <source>Select an order to see its lines, where their goods come from, and its history.</source>
        <translation>Sélectionnez une commande pour voir ses lignes, la provenance de leur marchandise et son historique.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="220"/>
        <source>Waiting for: {what}</source>
        <translation>En attente&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="228"/>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="79"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="956"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="228"/>
        <source>no name given (counter sale)</source>
        <translation>sans nom (vente comptoir)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="230"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="232"/>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="232"/>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="234"/>
        <source>Collects at</source>
        <translation>Retrait à</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="244"/>
        <source>Lines and where their goods come from</source>
        <translation>Lignes et provenance de la marchandise</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="252"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="261"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="269"/>
        <source>{mode} · {channel} sale at {site} · placed {date}</source>
        <translation>{mode} · vente {channel} à {site} · passée le {date}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="289"/>
        <source>No promise date: a line has no supply any more</source>
        <translation>Pas de date promise&#xa0;: une ligne n&apos;a plus d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="291"/>
        <source>Promised for {date}</source>
        <translation>Date promise&#xa0;: {date}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="294"/>
        <source>Late ({why}). {promise}</source>
        <translation>En retard ({why}). {promise}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="312"/>
        <source>Late: {why}</source>
        <translation>En retard&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="63"/>
        <source>shipped</source>
        <translation>expédié</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="64"/>
        <source>collected</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="64"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="64"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="65"/>
        <source>partly received</source>
        <translation>reçu en partie</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="65"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="66"/>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="66"/>
        <source>held</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="66"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="67"/>
        <source>no supply</source>
        <translation>sans source</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="67"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="67"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="72"/>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="72"/>
        <source>incoming PO</source>
        <translation>BC attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="73"/>
        <location filename="../../oms_desktop/ui/texts.py" line="79"/>
        <source>supplier catalog</source>
        <translation>catalogue fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="77"/>
        <source>this shop&apos;s shelf</source>
        <translation>rayon de ce magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="138"/>
        <source>{field} of {item}</source>
        <translation>{field} de {item}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="76"/>
        <source>One source per line, never split</source>
        <translation>Une seule source par ligne, jamais fractionnée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="77"/>
        <source>Split when it brings the date forward</source>
        <translation>Fractionner si cela avance la date</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="78"/>
        <source>Split freely, in order of preference</source>
        <translation>Fractionner librement, par ordre de préférence</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="82"/>
        <location filename="../../oms_desktop/ui/texts.py" line="77"/>
        <source>warehouse</source>
        <translation>entrepôt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="78"/>
        <source>another shop</source>
        <translation>un autre magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="78"/>
        <source>incoming purchase order</source>
        <translation>bon de commande attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="82"/>
        <location filename="../../oms_desktop/ui/texts.py" line="83"/>
        <source>shop</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="83"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="84"/>
        <source>marketplace</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="88"/>
        <source>take away</source>
        <translation>à emporter</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="88"/>
        <source>pick-up in shop</source>
        <translation>retrait en magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="89"/>
        <source>home delivery</source>
        <translation>livraison à domicile</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="93"/>
        <source>no supply any more</source>
        <translation>plus de source</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="93"/>
        <source>later than promised</source>
        <translation>plus tard que promis</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="94"/>
        <source>promise date passed</source>
        <translation>date dépassée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="103"/>
        <source>{field}: {message}</source>
        <translation>{field}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="106"/>
        <source>{kind} not found: {key}</source>
        <translation>{kind} introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="109"/>
        <source>Something unexpected went wrong ({kind}). Your data is safe; the details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite ({kind}). Vos données sont intactes&#xa0;; le détail figure dans le journal.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="40"/>
        <source>Preparing the demo shop: five weeks of trade in three shops and a warehouse…</source>
        <translation>Préparation de la boutique de démonstration&#xa0;: cinq semaines d&apos;activité dans trois magasins et un entrepôt…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="42"/>
        <location filename="../../oms_desktop/ui/welcome.py" line="57"/>
        <source>OMS Desktop</source>
        <translation>OMS Desktop</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="57"/>
        <source>The demo shop could not be prepared: {0}</source>
        <translation>Impossible de préparer la boutique de démonstration&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="244"/>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="245"/>
        <source>Printed on your purchase orders and on the promises given to customers. Only the name is needed now.</source>
        <translation>Ces informations figurent sur vos bons de commande et sur les promesses remises aux clients. Seul le nom est requis pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="263"/>
        <source>Your shop</source>
        <translation>Votre magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="264"/>
        <source>Where you sell. You can add more shops in Settings.</source>
        <translation>Là où vous vendez. Vous pourrez ajouter d&apos;autres magasins dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="287"/>
        <source>A warehouse?</source>
        <translation>Un entrepôt&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="288"/>
        <source>If you keep stock in a warehouse, shops and web orders can be served from it.</source>
        <translation>Si vous avez du stock dans un entrepôt, les magasins et les commandes web peuvent être servis depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="291"/>
        <source>We also have a warehouse</source>
        <translation>Nous avons aussi un entrepôt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="306"/>
        <source>the shop</source>
        <translation>le magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="307"/>
        <source>Days to {0}</source>
        <translation>Jours vers {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="308"/>
        <source>Business days for goods to go from the warehouse to {0} (and back)</source>
        <translation>Jours ouvrés pour acheminer la marchandise de l&apos;entrepôt vers {0} (et retour)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="363"/>
        <source>Your first supplier</source>
        <translation>Votre premier fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="364"/>
        <source>Optional. With a supplier you can import its catalog and sell its items before you stock them.</source>
        <translation>Facultatif. Avec un fournisseur, vous pouvez importer son catalogue et vendre ses articles avant de les avoir en stock.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="366"/>
        <source>Add a supplier now</source>
        <translation>Ajouter un fournisseur maintenant</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="395"/>
        <source>{0} is saved; more suppliers can be added in Purchasing.</source>
        <translation>{0} est enregistré&#xa0;; vous pourrez ajouter d&apos;autres fournisseurs dans Achats.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="403"/>
        <source>Your shop is ready</source>
        <translation>Votre magasin est prêt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="404"/>
        <source>Everything below is saved; Settings changes it at any time.</source>
        <translation>Tout ce qui suit est enregistré&#xa0;; vous pouvez le modifier à tout moment dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="413"/>
        <source>Company: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Entreprise&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="414"/>
        <source>Shop: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Magasin&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="416"/>
        <source>Warehouse: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Entrepôt&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="418"/>
        <source>Supplier: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Fournisseur&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="419"/>
        <source>Add your products and count your stock in &lt;i&gt;Products &amp;amp; stock&lt;/i&gt;.</source>
        <translation>Ajoutez vos produits et comptez votre stock dans &lt;i&gt;Produits et stock&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="420"/>
        <source>Import your suppliers&apos; catalogs in &lt;i&gt;Purchasing&lt;/i&gt;: their items can be sold at once.</source>
        <translation>Importez les catalogues de vos fournisseurs dans &lt;i&gt;Achats&lt;/i&gt;&#xa0;: leurs articles sont aussitôt vendables.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="422"/>
        <source>Then sell from the &lt;i&gt;Sell&lt;/i&gt; screen.</source>
        <translation>Puis vendez depuis l&apos;écran &lt;i&gt;Vendre&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="423"/>
        <source>Next:</source>
        <translation>Ensuite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="438"/>
        <source>Saved: a site&apos;s code cannot change</source>
        <translation>Enregistré&#xa0;: le code d&apos;un site ne peut pas changer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/widgets/product_picker.py" line="26"/>
        <source>%Ln available</source>
        <translation>
            <numerusform>%Ln disponible</numerusform>
            <numerusform>%Ln disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/widgets/product_picker.py" line="29"/>
        <source>catalog {supplier}</source>
        <translation>catalogue {supplier}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/widgets/product_picker.py" line="50"/>
        <source>Scan a barcode, or type a name, SKU or EAN</source>
        <translation>Scannez un code-barres ou tapez un nom, une réf. ou un EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="74"/>
        <source>On the shelf at {site}: the customer takes it now</source>
        <translation>En rayon à {site}&#xa0;: emporté par le client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="77"/>
        <source>In stock at {site}</source>
        <translation>En stock à {site}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="79"/>
        <source>On its way to {site} ({transfer}, expected {date})</source>
        <translation>En route vers {site} ({transfer}, attendu le {date})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="83"/>
        <source>On its way from the supplier ({po}, expected {date} at {site})</source>
        <translation>En route depuis le fournisseur ({po}, attendu le {date} à {site})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="86"/>
        <source>, overdue: counted from today</source>
        <translation>, en retard&#xa0;: compté à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="51"/>
        <source>%n handling day(s) at {site}</source>
        <translation>
            <numerusform>%n jour de préparation à {site}</numerusform>
            <numerusform>%n jours de préparation à {site}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="54"/>
        <source>%n transfer day(s) to {to}</source>
        <translation>
            <numerusform>%n jour de transfert vers {to}</numerusform>
            <numerusform>%n jours de transfert vers {to}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="57"/>
        <source>%n delivery day(s)</source>
        <translation>
            <numerusform>%n jour de livraison</numerusform>
            <numerusform>%n jours de livraison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/documents/explain.py" line="89"/>
        <source>Ordered from {supplier} on {order}, %n business day(s) lead time, arriving at {site} on {arrival}</source>
        <translation>
            <numerusform>Commandé à {supplier} le {order}, délai de %n jour ouvré, arrivée à {site} le {arrival}</numerusform>
            <numerusform>Commandé à {supplier} le {order}, délai de %n jours ouvrés, arrivée à {site} le {arrival}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="94"/>
        <source>Received on {date} ({po}) at {site}</source>
        <translation>Reçu le {date} ({po}) à {site}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="97"/>
        <source>, on transfer {transfer} to {to}</source>
        <translation>, en transfert {transfer} vers {to}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="107"/>
        <source>one source serves the whole line</source>
        <translation>une seule source sert toute la ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="109"/>
        <source>split across sources: sooner than {date} from a single one</source>
        <translation>fractionnée entre plusieurs sources&#xa0;: plus tôt que le {date} avec une seule</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="112"/>
        <source>split across sources: no single one holds enough</source>
        <translation>fractionnée entre plusieurs sources&#xa0;: aucune n&apos;en a assez à elle seule</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/documents/explain.py" line="114"/>
        <source>split across sources in order of preference</source>
        <translation>fractionnée entre plusieurs sources par ordre de préférence</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="41"/>
        <source>Save the purchase order</source>
        <translation>Enregistrer le bon de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="52"/>
        <source>Save the delivery promise</source>
        <translation>Enregistrer la promesse de livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="86"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="100"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="101"/>
        <source>No program to open PDF files was found. The document was saved as {path}</source>
        <translation>Aucun programme pour ouvrir les fichiers PDF n&apos;a été trouvé. Le document a été enregistré sous {path}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="137"/>
        <source>The file could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/printing.py" line="141"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="146"/>
        <source>supplier reference</source>
        <translation>référence fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="146"/>
        <source>our SKU</source>
        <translation>notre réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="126"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="706"/>
        <location filename="../../oms_desktop/ui/texts.py" line="146"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="147"/>
        <source>description</source>
        <translation>désignation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="147"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="147"/>
        <source>pack size</source>
        <translation>colisage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="148"/>
        <source>minimum quantity</source>
        <translation>quantité minimum</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="148"/>
        <source>lead days</source>
        <translation>délai (jours)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="149"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="149"/>
        <source>retail price</source>
        <translation>prix de vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/texts.py" line="150"/>
        <source>VAT rate</source>
        <translation>taux de TVA</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="47"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="47"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (avec BOM)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="48"/>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (anciens Excel)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="52"/>
        <source>semicolon ( ; )</source>
        <translation>point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="52"/>
        <source>comma ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="53"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="58"/>
        <source>Choose the supplier&apos;s catalog</source>
        <translation>Choisir le catalogue du fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="59"/>
        <source>Catalogs (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Catalogues (*.csv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="123"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="38"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="124"/>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="125"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="705"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="969"/>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="127"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="128"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="129"/>
        <source>Pack</source>
        <translation>Colisage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="130"/>
        <source>Min. qty</source>
        <translation>Qté min.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="131"/>
        <source>Lead days</source>
        <translation>Délai (j)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="132"/>
        <source>Retail price</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="134"/>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="135"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="135"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="135"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="39"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="39"/>
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="40"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="41"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="57"/>
        <source>{0} - rejected rows.csv</source>
        <translation>{0} - lignes rejetées.csv</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="58"/>
        <source>Save the error report</source>
        <translation>Enregistrer le rapport d&apos;erreurs</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="59"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="69"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="69"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="69"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="70"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="74"/>
        <source>Save the error report…</source>
        <translation>Enregistrer le rapport d&apos;erreurs…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="76"/>
        <source>Every rejected row as a CSV file, to send to the supplier or fix the file (Ctrl+S)</source>
        <translation>Toutes les lignes rejetées dans un fichier CSV, pour les envoyer au fournisseur ou corriger le fichier (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="60"/>
        <source>partly ready</source>
        <translation>prêt en partie</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="67"/>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="68"/>
        <source>pick-up</source>
        <translation>retrait</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="78"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="955"/>
        <source>Order</source>
        <translation>N° cde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="81"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="82"/>
        <source>{mode}, placed at {site} on {date}</source>
        <translation>{mode}, passée à {site} le {date}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="84"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="86"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="87"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="89"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="90"/>
        <source>Late: %n line(s) {why}</source>
        <translation>
            <numerusform>Retard&#xa0;: %n ligne, {why}</numerusform>
            <numerusform>Retard&#xa0;: %n lignes, {why}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="323"/>
        <source>receipt</source>
        <translation>réception</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="323"/>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="323"/>
        <source>sent on transfer</source>
        <translation>envoi par transfert</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="324"/>
        <source>received by transfer</source>
        <translation>réception par transfert</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="324"/>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="325"/>
        <source>customer return</source>
        <translation>retour client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="609"/>
        <source>Your {item}, promised for {first}, cannot come as planned: the supplier will not deliver it. We are finding another way and will call you back with a new date.</source>
        <translation>Votre article {item}, promis pour le {first}, ne pourra pas arriver comme prévu&#xa0;: le fournisseur ne le livrera pas. Nous cherchons une autre solution et vous rappellerons avec une nouvelle date.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="612"/>
        <source>Your {item} will be ready on {new} instead of {first}. We are sorry for the delay.</source>
        <translation>Votre article {item} sera prêt le {new} au lieu du {first}. Nous vous prions de nous excuser pour ce retard.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="620"/>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="622"/>
        <source>no phone or e-mail given</source>
        <translation>ni téléphone ni e-mail indiqué</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="704"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="957"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="968"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="707"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="708"/>
        <source>Already in</source>
        <translation>Déjà reçu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="709"/>
        <source>Expected now</source>
        <translation>Reste attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="710"/>
        <source>For customers</source>
        <translation>Pour clients</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="711"/>
        <source>units sold to waiting customers: they are served first</source>
        <translation>unités vendues à des clients en attente&#xa0;: ils sont servis en premier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="713"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="761"/>
        <source>{n} more than expected</source>
        <translation>{n} de plus que prévu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="958"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="970"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="959"/>
        <source>What happens now</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1022"/>
        <source>Ready: tell the customer</source>
        <translation>Prête&#xa0;: prévenir le client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1024"/>
        <source>Sent to their pick-up shop on {transfer}</source>
        <translation>Envoyée au magasin de retrait par {transfer}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1026"/>
        <source>Set aside; other items of the order still awaited</source>
        <translation>Mise de côté&#xa0;; d&apos;autres articles de la commande sont encore attendus</translation>
    </message>
</context>
<context>
    <name>AddSupplierDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="168"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="224"/>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="172"/>
        <source>e.g. CUISINOX</source>
        <translation>ex. CUISINOX</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="175"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="179"/>
        <source> business days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="189"/>
        <source>0.00 (none)</source>
        <translation>0,00 (aucun)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="191"/>
        <source>orders@supplier.example</source>
        <translation>commandes@fournisseur.example</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="194"/>
        <source>Two-letter country code: it gives the supplier&apos;s public holidays</source>
        <translation>Code pays en deux lettres&#xa0;: il détermine les jours fériés du fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="203"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="204"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="205"/>
        <source>Delivers in</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="206"/>
        <source>Takes orders on</source>
        <translation>Jours de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="207"/>
        <source>Minimum order (excl. VAT)</source>
        <translation>Minimum de commande (HT)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="208"/>
        <source>E-mail for orders</source>
        <translation>E-mail de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="209"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="210"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="216"/>
        <source>Add supplier</source>
        <translation>Ajouter le fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="219"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="225"/>
        <source>Who you buy from: how long they take to deliver, and when they take orders.</source>
        <translation>Chez qui vous achetez&#xa0;: son délai de livraison et les jours où il prend les commandes.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="236"/>
        <source>give the supplier a short code</source>
        <translation>donnez un code court au fournisseur</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="198"/>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="198"/>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="204"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="205"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="208"/>
        <source>Units to add (or, with a minus sign, to remove)</source>
        <translation>Unités à ajouter (ou à retirer, avec un signe moins)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="210"/>
        <source>Change (+/-)</source>
        <translation>Variation (+/-)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="212"/>
        <source>Why the stock changes (required), e.g. stock count</source>
        <translation>Motif de la variation (obligatoire), ex. inventaire</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="214"/>
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="214"/>
        <source>Breakage</source>
        <translation>Casse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="215"/>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="215"/>
        <source>Found goods</source>
        <translation>Marchandise retrouvée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="216"/>
        <source>Theft or loss</source>
        <translation>Vol ou perte</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="219"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="235"/>
        <source>{site} holds {on_hand} ({reserved} reserved); after this: {after}</source>
        <translation>{site}&#xa0;: {on_hand} en stock ({reserved} réservé(s))&#xa0;; après ajustement&#xa0;: {after}</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="87"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="89"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="91"/>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="209"/>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="93"/>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="104"/>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="110"/>
        <source>Backup written: {0}</source>
        <translation>Sauvegarde écrite&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="112"/>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="118"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="113"/>
        <source>The database is backed up to:
{0}</source>
        <translation>La base de données est sauvegardée dans&#xa0;:
{0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="119"/>
        <source>No backup was made: {0}</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="127"/>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="151"/>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="184"/>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="188"/>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="193"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="130"/>
        <source>Choose a backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="131"/>
        <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Sauvegardes (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="138"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="140"/>
        <source>Restore the backup {file}?

Made on {made}, it holds {orders} orders (the last on {last}) and {products} products.

The app closes the database, puts this backup in its place and opens it again. The database in use now is kept beside it (“…before-restore-…”): nothing is lost.</source>
        <translation>Restaurer la sauvegarde {file}&#xa0;?

Faite le {made}, elle contient {orders} commandes (dernière&#xa0;: {last}) et {products} produits.

L&apos;application ferme la base de données, met cette sauvegarde à sa place et la rouvre. La base utilisée actuellement est conservée à côté («&#xa0;…before-restore-…&#xa0;»)&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="148"/>
        <source>The backup was made by an earlier version: it is upgraded as it opens, after a copy.</source>
        <translation>La sauvegarde vient d&apos;une version antérieure&#xa0;: elle est mise à niveau à l&apos;ouverture, après une copie.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="159"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/backup_menu.py" line="180"/>
        <source>The backup is restored: %Ln order(s).</source>
        <translation>
            <numerusform>La sauvegarde est restaurée&#xa0;: %Ln commande.</numerusform>
            <numerusform>La sauvegarde est restaurée&#xa0;: %Ln commandes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="182"/>
        <source>The database it replaced is kept as:
{0}</source>
        <translation>La base qu&apos;elle remplace est conservée sous&#xa0;:
{0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="189"/>
        <source>The database could not be opened again: {0}

Close the app and start it again.</source>
        <translation>La base de données n&apos;a pas pu être rouverte&#xa0;: {0}

Fermez l&apos;application et relancez-la.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="194"/>
        <source>Nothing was restored: {0}</source>
        <translation>Rien n&apos;a été restauré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="220"/>
        <source>OMS Desktop</source>
        <translation>OMS Desktop</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/backup_menu.py" line="221"/>
        <source>The folder is:
{0}</source>
        <translation>Le dossier est&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="83"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="165"/>
        <source>Import a catalog for {0}</source>
        <translation>Importer un catalogue pour {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="89"/>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="96"/>
        <source>How the file is read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="150"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="252"/>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="151"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="253"/>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="153"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="377"/>
        <source>Import nothing until fixed</source>
        <translation>Ne rien importer avant correction</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="155"/>
        <source>Close without importing; fix the file and import it again (Esc)</source>
        <translation>Fermer sans importer&#xa0;; corrigez le fichier et importez-le à nouveau (Échap)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="158"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="366"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="375"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="227"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="242"/>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="254"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="371"/>
        <source>Import the valid rows only</source>
        <translation>Importer uniquement les lignes valides</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="373"/>
        <source>Import about {0} rows</source>
        <translation>Importer environ {0} lignes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="377"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="108"/>
        <source>* required   † our SKU or the EAN: at least one of the two</source>
        <translation>* obligatoire   † notre réf. ou l&apos;EAN&#xa0;: au moins l&apos;un des deux</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="166"/>
        <source>Check how the file is read before anything changes. New references are added, changed ones updated; offers missing from the file become unavailable.</source>
        <translation>Vérifiez comment le fichier est lu avant toute modification. Les nouvelles références sont ajoutées, celles qui changent mises à jour&#xa0;; les offres absentes du fichier deviennent indisponibles.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="179"/>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="184"/>
        <source>Apply a saved mapping…</source>
        <translation>Appliquer une correspondance…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="186"/>
        <source>Columns saved for this supplier, or guessed again from the headers</source>
        <translation>Colonnes enregistrées pour ce fournisseur, ou devinées à nouveau d&apos;après les en-têtes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="189"/>
        <source>Save mapping as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="191"/>
        <source>Keep these columns under a name, for this supplier&apos;s next files</source>
        <translation>Garder ces colonnes sous un nom, pour les prochains fichiers de ce fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="195"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="197"/>
        <source>Delete the saved mapping chosen on the left</source>
        <translation>Supprimer la correspondance enregistrée choisie à gauche</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="272"/>
        <source>First rows ({0})</source>
        <translation>Premières lignes ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="273"/>
        <source>Rejected rows (%Ln)</source>
        <translation>
            <numerusform>Ligne rejetée (%Ln)</numerusform>
            <numerusform>Lignes rejetées (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="285"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="287"/>
        <source>encoding {0}</source>
        <translation>encodage {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="288"/>
        <source>separator {0}</source>
        <translation>séparateur {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="290"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="292"/>
        <source>about {0} rows</source>
        <translation>environ {0} lignes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="297"/>
        <source>The first rows show once every required field has its own column.</source>
        <translation>Les premières lignes s&apos;affichent dès que chaque champ obligatoire a sa propre colonne.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="300"/>
        <source>Every row of the file is checked here.</source>
        <translation>Toutes les lignes du fichier sont vérifiées ici.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="301"/>
        <source>The first {0} rows are checked here; the whole file is checked when you import, and you then choose what to do with any bad row.</source>
        <translation>Les {0} premières lignes sont vérifiées ici&#xa0;; tout le fichier l&apos;est à l&apos;import, et vous choisissez alors que faire des lignes en erreur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="308"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="433"/>
        <source>as in this supplier&apos;s last import</source>
        <translation>comme au dernier import</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="309"/>
        <source> (mapping “{0}”)</source>
        <translation> (correspondance «&#xa0;{0}&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="312"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="430"/>
        <source>guessed from the headers: check them</source>
        <translation>devinées d&apos;après les en-têtes&#xa0;: vérifiez-les</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="314"/>
        <source>no header recognised: choose the columns</source>
        <translation>aucun en-tête reconnu&#xa0;: choisissez les colonnes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="319"/>
        <source>Every column of the file is read.</source>
        <translation>Toutes les colonnes du fichier sont lues.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="320"/>
        <source>Not imported: {0}</source>
        <translation>Colonnes non importées&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="327"/>
        <source>Choose the column holding: {0}.</source>
        <translation>Choisissez la colonne contenant&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="330"/>
        <source>Choose the column holding our SKU or the EAN (at least one).</source>
        <translation>Choisissez la colonne contenant notre réf. ou l&apos;EAN (au moins l&apos;un des deux).</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="333"/>
        <source>“{title}” is chosen for both {fields}: keep one.</source>
        <translation>La colonne «&#xa0;{title}&#xa0;» est choisie à la fois pour {fields}&#xa0;: n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="335"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="337"/>
        <source>This file has no column “{title}” ({field}).</source>
        <translation>Ce fichier n&apos;a pas de colonne «&#xa0;{title}&#xa0;» ({field}).</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="340"/>
        <source>No row of this file can be imported.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="345"/>
        <source>{added}, {updated}, {unchanged}</source>
        <translation>{added}, {updated}, {unchanged}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="346"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="347"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifiée</numerusform>
            <numerusform>%Ln modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="348"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="351"/>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="355"/>
        <source>%Ln row(s) rejected (see below).</source>
        <translation>
            <numerusform>%Ln ligne rejetée (voir ci-dessous).</numerusform>
            <numerusform>%Ln lignes rejetées (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="354"/>
        <source>Every row is valid: {0}.</source>
        <translation>Toutes les lignes sont valides&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="358"/>
        <source>The first {0} rows are valid: {1}.</source>
        <translation>Les {0} premières lignes sont valides&#xa0;: {1}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="361"/>
        <source>The valid ones would give {0}.</source>
        <translation>Les lignes valides donneraient&#xa0;: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="368"/>
        <source>Import the %Ln valid row(s) only</source>
        <translation>
            <numerusform>Importer uniquement %Ln ligne valide</numerusform>
            <numerusform>Importer uniquement les %Ln lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="369"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importer %Ln ligne</numerusform>
            <numerusform>Importer %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="386"/>
        <source>chosen by hand</source>
        <translation>choisies à la main</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="409"/>
        <source>Guess from the headers</source>
        <translation>Deviner d&apos;après les en-têtes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="411"/>
        <source>As in the last import</source>
        <translation>Comme au dernier import</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="413"/>
        <source>Saved: {0}</source>
        <translation>Enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="439"/>
        <source>saved mapping “{0}”</source>
        <translation>correspondance enregistrée «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="447"/>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="448"/>
        <source>A name for these columns of {0}&apos;s files:</source>
        <translation>Un nom pour ces colonnes des fichiers de {0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="451"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="466"/>
        <source>saved as “{0}”</source>
        <translation>enregistrée sous «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="356"/>
        <source>The valid rows would give {0}.</source>
        <translation>Les lignes valides donneraient&#xa0;: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="360"/>
        <source>%Ln of the first rows rejected (see below).</source>
        <translation>
            <numerusform>%Ln ligne rejetée parmi les premières (voir ci-dessous).</numerusform>
            <numerusform>%Ln lignes rejetées parmi les premières (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="484"/>
        <source>Delete the mapping</source>
        <translation>Supprimer la correspondance</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="485"/>
        <source>Delete the mapping “{0}” saved for {1}&apos;s files? Offers already imported stay as they are.</source>
        <translation>Supprimer la correspondance «&#xa0;{0}&#xa0;» enregistrée pour les fichiers de {1}&#xa0;? Les offres déjà importées restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="489"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="507"/>
        <source>mapping “{0}” deleted</source>
        <translation>correspondance «&#xa0;{0}&#xa0;» supprimée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="551"/>
        <source>Could not save {0}: {1}</source>
        <translation>Impossible d&apos;enregistrer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import.py" line="558"/>
        <source>error report saved to {0}</source>
        <translation>rapport d&apos;erreurs enregistré dans {0}</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="126"/>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="127"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="128"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="130"/>
        <source>Selling price including VAT</source>
        <translation>Prix de vente TTC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="131"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="133"/>
        <source>Units in every site</source>
        <translation>Unités sur tous les sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="134"/>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="136"/>
        <source>Units held for customer orders</source>
        <translation>Unités réservées pour des commandes clients</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="137"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="139"/>
        <source>On hand minus reserved, every site</source>
        <translation>En stock moins réservé, tous sites confondus</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="140"/>
        <source>Incoming</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="142"/>
        <source>Free to sell on confirmed purchase orders</source>
        <translation>Vendable sur des bons de commande confirmés</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="149"/>
        <source>On hand at {site}</source>
        <translation>En stock à {site}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="151"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="152"/>
        <source>The cheapest supplier offer</source>
        <translation>L&apos;offre fournisseur la moins chère</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="153"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="155"/>
        <source>Unit cost of the cheapest offer, excluding VAT</source>
        <translation>Coût unitaire HT de l&apos;offre la moins chère</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="156"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="256"/>
        <source>Click to sort</source>
        <translation>Cliquer pour trier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="297"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="311"/>
        <source>{n} suppliers offer it; the cheapest is shown</source>
        <translation>{n} fournisseurs le proposent&#xa0;; le moins cher est affiché</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="299"/>
        <source>Not stocked yet: sold from {supplier}&apos;s catalog and ordered when sold</source>
        <translation>Pas encore en stock&#xa0;: vendu sur le catalogue de {supplier} et commandé à la vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="302"/>
        <source>No longer sold</source>
        <translation>Plus vendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="306"/>
        <source>{site}: {on_hand} on hand, {reserved} reserved, {available} available</source>
        <translation>{site}&#xa0;: {on_hand} en stock, {reserved} réservé(s), {available} disponible(s)</translation>
    </message>
</context>
<context>
    <name>ColumnPicker</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_columns.py" line="53"/>
        <source>Required: every offer needs it.</source>
        <translation>Obligatoire&#xa0;: chaque offre en a besoin.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_columns.py" line="55"/>
        <source>Our SKU or the EAN: at least one of the two.</source>
        <translation>Notre réf. ou l&apos;EAN&#xa0;: au moins l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_columns.py" line="56"/>
        <source>Optional: left out, the offers keep what they had.</source>
        <translation>Facultatif&#xa0;: absent du fichier, les offres gardent leur valeur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_columns.py" line="63"/>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="324"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="325"/>
        <source>e.g. Maison &amp; Cuisine SAS</source>
        <translation>ex. Maison &amp; Cuisine SAS</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="326"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="327"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="328"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="329"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="332"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="333"/>
        <source>Printed at the top of purchase orders and promises (PNG or JPEG).</source>
        <translation>Imprimé en haut des bons de commande et des promesses (PNG ou JPEG).</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="969"/>
        <source>Your company on documents</source>
        <translation>Votre entreprise sur les documents</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="970"/>
        <source>Printed on purchase orders and on the delivery promises given to customers.</source>
        <translation>Ces informations figurent sur les bons de commande et sur les promesses de livraison remises aux clients.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="978"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="979"/>
        <source>Save the company details (Ctrl+S)</source>
        <translation>Enregistrer les coordonnées de l&apos;entreprise (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1001"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1013"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="179"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="180"/>
        <source>Read the figures again (F5)</source>
        <translation>Relire les chiffres (F5)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="185"/>
        <source>Late promises</source>
        <translation>Promesses en retard</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="186"/>
        <source>Every promise is on time.</source>
        <translation>Toutes les promesses sont tenues.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="187"/>
        <source>Ready to ship</source>
        <translation>À expédier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="188"/>
        <source>No parcel waiting to leave.</source>
        <translation>Aucun colis en attente d&apos;expédition.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="189"/>
        <source>Ready for pick-up</source>
        <translation>À retirer en magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="190"/>
        <source>No customer order waiting in a shop.</source>
        <translation>Aucune commande client en attente en magasin.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="191"/>
        <source>Purchase orders due</source>
        <translation>Bons de commande attendus</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="192"/>
        <source>No delivery expected today.</source>
        <translation>Aucune livraison attendue aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="193"/>
        <source>To order from suppliers</source>
        <translation>À commander aux fournisseurs</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="194"/>
        <source>Every catalog sale is on a purchase order.</source>
        <translation>Toutes les ventes catalogue sont sur un bon de commande.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="196"/>
        <source>Transfers on the road</source>
        <translation>Transferts en route</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="197"/>
        <source>No goods moving between sites.</source>
        <translation>Aucune marchandise en transit entre sites.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="239"/>
        <source>Sold from future stock this week</source>
        <translation>Vendu sur stock futur cette semaine</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="262"/>
        <source>Sales waiting for incoming purchase orders or ordered from a supplier&apos;s catalog show here.</source>
        <translation>Les ventes en attente de bons de commande ou commandées sur le catalogue d&apos;un fournisseur s&apos;affichent ici.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="276"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="293"/>
        <source>What needs doing today, {0}</source>
        <translation>À faire aujourd&apos;hui, {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="302"/>
        <source>walk-in customer</source>
        <translation>client de passage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="305"/>
        <source>{0}, {1} at {2}. Open the order (click or Enter)</source>
        <translation>{0}, {1} à {2}. Ouvrir la commande (clic ou Entrée)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="314"/>
        <source>no supply</source>
        <translation>sans source</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="314"/>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="315"/>
        <source>date passed</source>
        <translation>date dépassée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="391"/>
        <source>in transit, %n customer line(s) wait for them</source>
        <translation>
            <numerusform>en transit, %n ligne client en attente</numerusform>
            <numerusform>en transit, %n lignes client en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="401"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="406"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="409"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="325"/>
        <source>late orders</source>
        <translation>commandes en retard</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="331"/>
        <source>{0} of {1} lines · {2}</source>
        <translation>{0} sur {1} lignes · {2}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="349"/>
        <source>due today</source>
        <translation>attendu aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="358"/>
        <source>to receive</source>
        <translation>à réceptionner</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="368"/>
        <source>Catalog sales to put on a purchase order to {0}, the oldest since {1}</source>
        <translation>Ventes catalogue à passer sur un bon de commande à {0}, la plus ancienne du {1}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="380"/>
        <source>{transfer}: {units} from {origin} to {destination}, expected {date}; {waiting}</source>
        <translation>{transfer}&#xa0;: {units} de {origin} vers {destination}, attendu le {date}&#xa0;; {waiting}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="353"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="366"/>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="384"/>
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="318"/>
        <source>and %n more…</source>
        <translation>
            <numerusform>et %n autre…</numerusform>
            <numerusform>et %n autres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="324"/>
        <source>order(s) whose promise slipped: warn the customer(s)</source>
        <translation>
            <numerusform>commande dont la promesse n&apos;est plus tenue&#xa0;: prévenir le client</numerusform>
            <numerusform>commandes dont la promesse n&apos;est plus tenue&#xa0;: prévenir les clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="337"/>
        <source>parcel(s) to pack and send</source>
        <translation>
            <numerusform>colis à préparer et expédier</numerusform>
            <numerusform>colis à préparer et expédier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="342"/>
        <source>order(s) set aside for their customer(s)</source>
        <translation>
            <numerusform>commande mise de côté pour son client</numerusform>
            <numerusform>commandes mises de côté pour leurs clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="350"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="351"/>
        <source>{0} from {1} to {2}: {3} still to come ({4})</source>
        <translation>{0} de {1} vers {2}&#xa0;: {3} restant à recevoir ({4})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="360"/>
        <source>to receive, %n of them overdue</source>
        <translation>
            <numerusform>à réceptionner, dont %n en retard</numerusform>
            <numerusform>à réceptionner, dont %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="365"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n vente</numerusform>
            <numerusform>%n ventes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="373"/>
        <source>catalog sale(s) to order from their supplier(s)</source>
        <translation>
            <numerusform>vente catalogue à commander au fournisseur</numerusform>
            <numerusform>ventes catalogue à commander aux fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="385"/>
        <source>%Ln customer line(s) wait for it</source>
        <translation>
            <numerusform>%Ln ligne client en attente</numerusform>
            <numerusform>%Ln lignes client en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="387"/>
        <source>late · {0}</source>
        <translation>en retard · {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="392"/>
        <source>in transit between sites</source>
        <translation>en transit entre sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="400"/>
        <source>{0} since {1}: {2} of this week&apos;s sales, including VAT</source>
        <translation>{0} depuis le {1}&#xa0;: {2} des ventes de la semaine, TTC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="404"/>
        <source>No sale yet this week.</source>
        <translation>Aucune vente cette semaine pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="405"/>
        <source>On incoming purchase orders: {0} · {1}</source>
        <translation>Sur bons de commande attendus&#xa0;: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="408"/>
        <source>From supplier catalogs: {0} · {1}</source>
        <translation>Sur catalogues fournisseurs&#xa0;: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="412"/>
        <source>supplier catalog</source>
        <translation>catalogue fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="412"/>
        <source>incoming PO</source>
        <translation>BC attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/dashboard.py" line="414"/>
        <source>Open {0}</source>
        <translation>Ouvrir {0}</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1031"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1032"/>
        <source>In use now: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Utilisée actuellement&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1036"/>
        <source>A database file, or postgresql://user@server/oms for a database shared by several desks</source>
        <translation>Un fichier de base de données, ou postgresql://user@server/oms pour une base partagée par plusieurs postes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1039"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1041"/>
        <source>Use from the next start</source>
        <translation>Utiliser au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1043"/>
        <source>Back to the usual file</source>
        <translation>Revenir au fichier habituel</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1050"/>
        <source>The change takes effect the next time OMS Desktop starts. A password written in a postgresql:// URL is kept in your settings file.</source>
        <translation>Le changement prend effet au prochain démarrage d&apos;OMS Desktop. Un mot de passe écrit dans une URL postgresql:// est conservé dans votre fichier de réglages.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1064"/>
        <source>Open another database:</source>
        <translation>Ouvrir une autre base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1071"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1073"/>
        <source>Same as the computer</source>
        <translation>Celle de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1079"/>
        <source>Takes effect the next time OMS Desktop starts.</source>
        <translation>Prend effet au prochain démarrage d&apos;OMS Desktop.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1103"/>
        <source>From the next start: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Au prochain démarrage&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1106"/>
        <source>This database is the one chosen in Settings.</source>
        <translation>Cette base de données est celle choisie dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1114"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1114"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1140"/>
        <source>From the next start: the usual file in your data folder.</source>
        <translation>Au prochain démarrage&#xa0;: le fichier habituel de votre dossier de données.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1150"/>
        <source>Saved: {0} from the next start of OMS Desktop.</source>
        <translation>Enregistré&#xa0;: {0} au prochain démarrage d&apos;OMS Desktop.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="378"/>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="379"/>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="380"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="583"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="381"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="588"/>
        <source>Stop selling</source>
        <translation>Arrêter la vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="402"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="431"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="402"/>
        <source>Units in every site</source>
        <translation>Unités sur tous les sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="403"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="432"/>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="403"/>
        <source>Held for customer orders</source>
        <translation>Réservé pour des commandes clients</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="404"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="433"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="404"/>
        <source>On hand minus reserved</source>
        <translation>En stock moins réservé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="405"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="435"/>
        <source>Arriving by transfer</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="406"/>
        <source>On their way from another site</source>
        <translation>En route depuis un autre site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="407"/>
        <source>Incoming, free to sell</source>
        <translation>À recevoir, vendable</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="408"/>
        <source>On confirmed purchase orders, not yet sold</source>
        <translation>Sur des bons de commande confirmés, pas encore vendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="428"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="461"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="429"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="429"/>
        <source>warehouse</source>
        <translation>entrepôt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="430"/>
        <source>shop</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="438"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="439"/>
        <source>Delivered to</source>
        <translation>Livré à</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="440"/>
        <source>Expected</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="441"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="442"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="443"/>
        <source>Free to sell</source>
        <translation>Vendable</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="446"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="448"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="466"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="449"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="450"/>
        <source>Pack</source>
        <translation>Colisage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="451"/>
        <source>Min. qty</source>
        <translation>Qté min.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="452"/>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="453"/>
        <source>{n} days</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="454"/>
        <source>Retail price</source>
        <translation>Prix de vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="455"/>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="455"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="456"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="459"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="462"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="464"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="465"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="493"/>
        <source>Stock by site</source>
        <translation>Stock par site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="493"/>
        <source>Incoming POs</source>
        <translation>BC attendus</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="493"/>
        <source>Supplier offers</source>
        <translation>Offres fournisseurs</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="494"/>
        <source>Stock ledger</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="500"/>
        <source>No product selected</source>
        <translation>Aucun produit sélectionné</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="501"/>
        <source>Pick a product in the list to see its stock and history.</source>
        <translation>Choisissez un produit dans la liste pour voir son stock et son historique.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="531"/>
        <source>EAN {ean}</source>
        <translation>EAN {ean}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="533"/>
        <source>{price} incl. VAT</source>
        <translation>{price} TTC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="536"/>
        <source>VAT {rate} %</source>
        <translation>TVA {rate} %</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="538"/>
        <source>not stocked yet: sold from the supplier&apos;s catalog</source>
        <translation>pas encore en stock&#xa0;: vendu sur le catalogue du fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="540"/>
        <source>no longer sold</source>
        <translation>plus vendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="584"/>
        <source>Add to our products</source>
        <translation>Ajouter à nos produits</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="588"/>
        <source>Sell again</source>
        <translation>Remettre en vente</translation>
    </message>
</context>
<context>
    <name>ExpectedDateDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="548"/>
        <source>Change the expected date</source>
        <translation>Modifier la date prévue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="553"/>
        <source>Every line</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="561"/>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="565"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="566"/>
        <source>Move the date</source>
        <translation>Déplacer la date</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="569"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="576"/>
        <source>{0}: new expected date</source>
        <translation>{0}&#xa0;: nouvelle date prévue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="577"/>
        <source>Now expected {0}. %Ln unit(s) on it are sold to customers: their promises move with the date, and you will see who to warn.</source>
        <translation>
            <numerusform>Désormais attendu le {0}. %Ln unité de ce bon est vendue à un client&#xa0;: sa promesse suit la date, et vous verrez qui prévenir.</numerusform>
            <numerusform>Désormais attendu le {0}. %Ln unités de ce bon sont vendues à des clients&#xa0;: leurs promesses suivent la date, et vous verrez qui prévenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="580"/>
        <source>Now expected {0}. No customer is waiting on it.</source>
        <translation>Actuellement attendu le {0}. Aucun client ne l&apos;attend.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FromRequestsDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="480"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="512"/>
        <source>POs from customer orders</source>
        <translation>BC depuis les commandes clients</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="485"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="486"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="488"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="489"/>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="490"/>
        <source>Sold on</source>
        <translation>Vendu le</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="498"/>
        <source>Every supplier</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="502"/>
        <source>Create draft POs</source>
        <translation>Créer les BC brouillons</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="506"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="513"/>
        <source>Items sold from a supplier&apos;s catalog wait here for a purchase order. They are grouped per supplier and delivery site into draft POs (joining a draft already open), rounded up to packs and minimum quantities.</source>
        <translation>Les articles vendus sur le catalogue d&apos;un fournisseur attendent ici un bon de commande. Ils sont regroupés par fournisseur et par site de livraison dans des BC brouillons (en complétant un brouillon déjà ouvert), arrondis au colisage et aux quantités minimum.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="516"/>
        <source>No customer order is waiting for a PO.</source>
        <translation>Aucune commande client n&apos;attend de bon de commande.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="519"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="93"/>
        <source>Importing a catalog</source>
        <translation>Import d&apos;un catalogue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="96"/>
        <source>Nothing was imported: %Ln row(s) have errors.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln ligne est en erreur.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %Ln lignes sont en erreur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="98"/>
        <source>Nothing was imported: rows have errors.</source>
        <translation>Rien n&apos;a été importé&#xa0;: des lignes sont en erreur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="106"/>
        <source>The rows below were left out.</source>
        <translation>Les lignes ci-dessous ont été écartées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="116"/>
        <source>…and %Ln more error(s), not listed here nor in the report.</source>
        <translation>
            <numerusform>…et %Ln autre erreur, qui n&apos;apparaît ni ici ni dans le rapport.</numerusform>
            <numerusform>…et %Ln autres erreurs, qui n&apos;apparaissent ni ici ni dans le rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="136"/>
        <source>Import the %Ln valid row(s) only</source>
        <translation>
            <numerusform>Importer uniquement %Ln ligne valide</numerusform>
            <numerusform>Importer uniquement les %Ln lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="133"/>
        <source>Import nothing</source>
        <translation>Ne rien importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="99"/>
        <source>{file} was read to the end (%Ln row(s)). Import the valid rows only, or nothing and fix the file first: the catalog of {supplier} stays as it is until you choose.</source>
        <translation>
            <numerusform>{file} a été lu jusqu&apos;au bout (%Ln ligne). Importez uniquement les lignes valides, ou rien et corrigez d&apos;abord le fichier&#xa0;: le catalogue de {supplier} reste tel quel jusqu&apos;à votre choix.</numerusform>
            <numerusform>{file} a été lu jusqu&apos;au bout (%Ln lignes). Importez uniquement les lignes valides, ou rien et corrigez d&apos;abord le fichier&#xa0;: le catalogue de {supplier} reste tel quel jusqu&apos;à votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="138"/>
        <source>Import the valid rows only</source>
        <translation>Importer uniquement les lignes valides</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="143"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/catalog_import_errors.py" line="173"/>
        <source>Could not save {0}: {1}</source>
        <translation>Impossible d&apos;enregistrer {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>LateCustomersDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="649"/>
        <source>Customers to warn</source>
        <translation>Clients à prévenir</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="655"/>
        <source>Copy the list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="658"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="665"/>
        <source>%Ln customer(s) will now get their goods later than promised. Call or write to them: here is what to tell each.</source>
        <translation>
            <numerusform>%Ln client recevra sa marchandise plus tard que promis. Appelez-le ou écrivez-lui&#xa0;: voici quoi lui dire.</numerusform>
            <numerusform>%Ln clients recevront leur marchandise plus tard que promis. Appelez-les ou écrivez-leur&#xa0;: voici quoi dire à chacun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="373"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="375"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="390"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="391"/>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="401"/>
        <source>Cannot show {0}</source>
        <translation>Impossible d&apos;afficher {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="402"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="52"/>
        <location filename="../../oms_desktop/ui/main_window.py" line="74"/>
        <source>OMS Desktop</source>
        <translation>OMS Desktop</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="63"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="63"/>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="63"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="64"/>
        <source>Products &amp; stock</source>
        <translation>Produits et stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="64"/>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="64"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="65"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="91"/>
        <source>Database: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="92"/>
        <source>Today: {0}</source>
        <translation>Aujourd&apos;hui&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="109"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="116"/>
        <source>&amp;About OMS Desktop</source>
        <translation>À &amp;propos d&apos;OMS Desktop</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="166"/>
        <source>About OMS Desktop</source>
        <translation>À propos d&apos;OMS Desktop</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/main_window.py" line="167"/>
        <source>&lt;b&gt;OMS Desktop&lt;/b&gt; {0}&lt;br&gt;Order management for small retailers: sell what is on the shelf, in the warehouse, on its way, or in a supplier&apos;s catalog.&lt;br&gt;&lt;br&gt;Database: {1}</source>
        <translation>&lt;b&gt;OMS Desktop&lt;/b&gt; {0}&lt;br&gt;Gestion des commandes pour petits commerçants&#xa0;: vendez ce qui est en rayon, en entrepôt, en route ou dans le catalogue d&apos;un fournisseur.&lt;br&gt;&lt;br&gt;Base de données&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>NewPODialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="271"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="335"/>
        <source>New purchase order</source>
        <translation>Nouveau bon de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="282"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="288"/>
        <source>warehouse</source>
        <translation>entrepôt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="282"/>
        <source>shop</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="299"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="299"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="300"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="300"/>
        <source>Supplier&apos;s terms</source>
        <translation>Conditions fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="314"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="315"/>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="323"/>
        <source>Expected on</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="325"/>
        <source>Create draft PO</source>
        <translation>Créer le BC brouillon</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="327"/>
        <source>Create the draft (Ctrl+Enter); confirm it to send it</source>
        <translation>Créer le brouillon (Ctrl+Enter)&#xa0;; confirmez-le une fois envoyé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="330"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="336"/>
        <source>A draft sells nothing: confirm it once it is sent to the supplier.</source>
        <translation>Un brouillon ne rend rien vendable&#xa0;: confirmez-le une fois envoyé au fournisseur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="338"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="361"/>
        <source>Nothing found for “{0}”.</source>
        <translation>Rien trouvé pour «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="371"/>
        <source>(ordered today, it arrives {0})</source>
        <translation>(commandé aujourd&apos;hui, il arrive le {0})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="405"/>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="420"/>
        <source>cost?</source>
        <translation>coût&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="421"/>
        <source>not in this catalog: type the cost</source>
        <translation>absent de ce catalogue&#xa0;: saisissez le coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="425"/>
        <source>catalog cost</source>
        <translation>coût catalogue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="427"/>
        <source>packs of {0}</source>
        <translation>colisage {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="429"/>
        <source>min. {0}</source>
        <translation>min. {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="445"/>
        <source>add a supplier first</source>
        <translation>ajoutez d&apos;abord un fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="448"/>
        <source>Scan or find at least one item.</source>
        <translation>Scannez ou recherchez au moins un article.</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="158"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="170"/>
        <source>Find an order by its number, the customer&apos;s name or phone, or a product; see where its goods come from and move it along.</source>
        <translation>Retrouvez une commande par son numéro, le nom ou le téléphone du client, ou un produit&#xa0;; voyez d&apos;où vient sa marchandise et faites-la avancer.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="174"/>
        <source>Search: order number, customer, phone, SKU (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: n° de commande, client, téléphone, réf. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="179"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="179"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="180"/>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="180"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="182"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="184"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="184"/>
        <source>In the shop</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="185"/>
        <source>Web / phone</source>
        <translation>Web / téléphone</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="185"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="187"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="189"/>
        <source>The shop (or warehouse) the order was placed at</source>
        <translation>Le magasin (ou l&apos;entrepôt) où la commande a été passée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="191"/>
        <source>Late only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="192"/>
        <source>Orders with a line later than first promised, past its date, or without supply (Ctrl+L)</source>
        <translation>Commandes dont une ligne est plus tardive que promis, a dépassé sa date ou n&apos;a plus d&apos;approvisionnement (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="228"/>
        <source>Click the late ones to see only them</source>
        <translation>Cliquez sur les commandes en retard pour n&apos;afficher qu&apos;elles</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="230"/>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="277"/>
        <source>Mark ready</source>
        <translation>Marquer prête</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="278"/>
        <source>The goods are set aside for the customer</source>
        <translation>La marchandise est mise de côté pour le client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="279"/>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="280"/>
        <source>The parcel leaves for the customer&apos;s address</source>
        <translation>Le colis part à l&apos;adresse du client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="281"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="282"/>
        <source>The customer came and took the goods</source>
        <translation>Le client est venu chercher la marchandise</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="283"/>
        <source>Print promise</source>
        <translation>Imprimer promesse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="284"/>
        <source>Print the delivery promise for the customer again</source>
        <translation>Réimprimer la promesse de livraison pour le client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="285"/>
        <source>Source again</source>
        <translation>Réaffecter</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="287"/>
        <source>Look again for sooner goods for the lines still waiting</source>
        <translation>Chercher de la marchandise disponible plus tôt pour les lignes encore en attente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="288"/>
        <source>Return goods…</source>
        <translation>Retour…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="289"/>
        <source>The customer brings back goods they received</source>
        <translation>Le client rapporte de la marchandise reçue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="290"/>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="291"/>
        <source>Release everything the order holds</source>
        <translation>Libérer tout ce que la commande réserve</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="352"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="454"/>
        <source>No order matches. Try fewer words, or another status or site.</source>
        <translation>Aucune commande ne correspond. Essayez avec moins de mots, ou un autre statut ou site.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="463"/>
        <source>%Ln late order(s)</source>
        <translation>
            <numerusform>%Ln commande en retard</numerusform>
            <numerusform>%Ln commandes en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="465"/>
        <source>%Ln open order(s)</source>
        <translation>
            <numerusform>%Ln commande en cours</numerusform>
            <numerusform>%Ln commandes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="467"/>
        <source>%Ln completed order(s)</source>
        <translation>
            <numerusform>%Ln commande terminée</numerusform>
            <numerusform>%Ln commandes terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="469"/>
        <source>%Ln cancelled order(s)</source>
        <translation>
            <numerusform>%Ln commande annulée</numerusform>
            <numerusform>%Ln commandes annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/orders.py" line="471"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="474"/>
        <source>{n} late</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="476"/>
        <source>showing the newest {n}</source>
        <translation>affichage des {n} plus récentes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="480"/>
        <source>Show {n} more</source>
        <translation>Afficher {n} de plus</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="603"/>
        <source>{order}: the goods in place are set aside, ready for the customer.</source>
        <translation>{order}&#xa0;: la marchandise présente est mise de côté, prête pour le client.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="604"/>
        <source>Not marked ready:</source>
        <translation>Non marquée prête&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="608"/>
        <source>{order}: shipped.</source>
        <translation>{order}&#xa0;: expédiée.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="608"/>
        <source>Not shipped:</source>
        <translation>Non expédiée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="612"/>
        <source>{order}: handed over to the customer.</source>
        <translation>{order}&#xa0;: remise au client.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="613"/>
        <source>Not handed over:</source>
        <translation>Non remise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="624"/>
        <source>{order}: sourced again; the lines show where their goods now come from.</source>
        <translation>{order}&#xa0;: réaffectée&#xa0;; les lignes indiquent la nouvelle provenance de leur marchandise.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="626"/>
        <source>Not sourced again:</source>
        <translation>Non réaffectée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="632"/>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="634"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="635"/>
        <source>Cancel {order} for {who}?

Everything it holds (shelf stock, goods on their way, supplier orders) is released for other customers. This cannot be undone.</source>
        <translation>Annuler {order} pour {who}&#xa0;?

Tout ce qu&apos;elle réserve (stock en rayon, marchandise en route, commandes fournisseur) est libéré pour d&apos;autres clients. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="641"/>
        <source>{order}: cancelled; what it held is free again.</source>
        <translation>{order}&#xa0;: annulée&#xa0;; ce qu&apos;elle réservait est de nouveau disponible.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="642"/>
        <source>Not cancelled:</source>
        <translation>Non annulée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="662"/>
        <source>{order}: {qty} × {sku} taken back into stock.</source>
        <translation>{order}&#xa0;: {qty} × {sku} remis en stock.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/orders.py" line="683"/>
        <source>Printing comes with the documents module.</source>
        <translation>L&apos;impression nécessite le module documents.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="433"/>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="433"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="434"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="434"/>
        <source>Add product</source>
        <translation>Ajouter le produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="441"/>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="443"/>
        <source>Your reference, e.g. CUI-10001</source>
        <translation>Votre référence, ex. CUI-10001</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="444"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="445"/>
        <source>EAN (barcode)</source>
        <translation>EAN (code-barres)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="447"/>
        <source>8 or 13 digits; scan it (optional)</source>
        <translation>8 ou 13 chiffres&#xa0;; scannez-le (facultatif)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="448"/>
        <source>Price incl. VAT (€)</source>
        <translation>Prix TTC (€)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="455"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="456"/>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="457"/>
        <source>Untick to stop selling it; open orders keep it</source>
        <translation>Décochez pour arrêter de le vendre&#xa0;; les commandes en cours le conservent</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="635"/>
        <source>Products &amp; stock</source>
        <translation>Produits et stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="653"/>
        <source>Our products and what suppliers can deliver, with the stock of every site.</source>
        <translation>Nos produits et ce que les fournisseurs peuvent livrer, avec le stock de chaque site.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="654"/>
        <source>Receive transfers</source>
        <translation>Réceptionner des transferts</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="655"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="670"/>
        <source>&amp;All</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="670"/>
        <source>&amp;Our products</source>
        <translation>&amp;Nos produits</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="671"/>
        <source>&amp;Catalog only</source>
        <translation>&amp;Catalogue seul</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="671"/>
        <source>Out of stoc&amp;k</source>
        <translation>En &amp;rupture</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="672"/>
        <source>&amp;Low stock</source>
        <translation>Stock &amp;bas</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="691"/>
        <source>Filter by name, SKU, EAN or supplier reference</source>
        <translation>Filtrer par nom, réf., EAN ou référence fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="694"/>
        <source>Filter the list (Ctrl+F); a scanned barcode finds its product</source>
        <translation>Filtrer la liste (Ctrl+F)&#xa0;; un code-barres scanné trouve son produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="731"/>
        <location filename="../../oms_desktop/ui/screens/products.py" line="859"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="773"/>
        <source>Add a product of your own</source>
        <translation>Ajouter un de vos produits</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="775"/>
        <source>Book in a transfer that arrived</source>
        <translation>Réceptionner un transfert arrivé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="777"/>
        <source>Correct the stock of the selected product at a site, with a reason</source>
        <translation>Corriger le stock du produit sélectionné sur un site, avec un motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="779"/>
        <source>Send the selected product to another site</source>
        <translation>Envoyer le produit sélectionné vers un autre site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="781"/>
        <source>Change the selected product (or add a catalog item to your products)</source>
        <translation>Modifier le produit sélectionné (ou ajouter un article du catalogue à vos produits)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="783"/>
        <source>Stop selling the selected product, or sell it again</source>
        <translation>Arrêter de vendre le produit sélectionné, ou le remettre en vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="936"/>
        <source>{n}+ items</source>
        <translation>{n}+ articles</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="938"/>
        <source>{n} items</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="939"/>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="945"/>
        <source>Nothing matches “{text}”.
Esc in the filter shows everything again; New product (Ctrl+N) adds it.</source>
        <translation>Rien ne correspond à «&#xa0;{text}&#xa0;».
Échap dans le filtre réaffiche tout&#xa0;; Nouveau produit (Ctrl+N) l&apos;ajoute.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="947"/>
        <source>Nothing to show here.</source>
        <translation>Rien à afficher ici.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="1045"/>
        <source>{sku} added to your products.</source>
        <translation>{sku} ajouté à vos produits.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="1060"/>
        <source>{sku} saved.</source>
        <translation>{sku} enregistré.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="1069"/>
        <source>{sku} is on sale again.</source>
        <translation>{sku} est de nouveau en vente.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="1070"/>
        <source>{sku} is no longer sold.</source>
        <translation>{sku} n&apos;est plus vendu.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="1084"/>
        <source>{site} now holds {n} of {sku}.</source>
        <translation>Stock de {sku} à {site}&#xa0;: {n}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/products.py" line="1099"/>
        <source>{transfer} is on its way from {origin} to {destination}.</source>
        <translation>{transfer} est en route de {origin} vers {destination}.</translation>
    </message>
</context>
<context>
    <name>PurchasingScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="119"/>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="121"/>
        <source>Suppliers and catalogs</source>
        <translation>Fournisseurs et catalogues</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="125"/>
        <source>Order from your suppliers, follow what is on its way, and book deliveries in: customers waiting for the goods are served first.</source>
        <translation>Commandez à vos fournisseurs, suivez ce qui est en route et réceptionnez les livraisons&#xa0;: les clients qui attendent la marchandise sont servis en premier.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="132"/>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="165"/>
        <source>New PO</source>
        <translation>Nouveau BC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="166"/>
        <source>A purchase order typed by hand (Ctrl+N)</source>
        <translation>Un bon de commande saisi à la main (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="169"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="396"/>
        <source>From customer orders</source>
        <translation>Depuis les commandes clients</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="170"/>
        <source>Put the items sold from suppliers&apos; catalogs on draft POs (Ctrl+Shift+N)</source>
        <translation>Placer les articles vendus sur catalogue fournisseur dans des BC brouillons (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="173"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="173"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="174"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="174"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="175"/>
        <source>Partly received</source>
        <translation>Reçu en partie</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="176"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="291"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="177"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="177"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="179"/>
        <source>Which purchase orders to show</source>
        <translation>Bons de commande à afficher</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="181"/>
        <source>Find a PO, supplier or site (Ctrl+F)</source>
        <translation>BC, fournisseur ou site (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="189"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="196"/>
        <source>PO</source>
        <translation>BC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="197"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="199"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="201"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="564"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="202"/>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="203"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="294"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="204"/>
        <source>overdue: not delivered yet</source>
        <translation>en retard&#xa0;: pas encore livré</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="206"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="207"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="292"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="208"/>
        <source>units already sold to customers waiting for this PO</source>
        <translation>unités déjà vendues à des clients qui attendent ce BC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="209"/>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="247"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="346"/>
        <source>No purchase order selected</source>
        <translation>Aucun bon de commande sélectionné</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="260"/>
        <source>Receive…</source>
        <translation>Réceptionner…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="261"/>
        <source>Count the delivery in and book it (Ctrl+R, or Enter in the list)</source>
        <translation>Compter la livraison et l&apos;enregistrer (Ctrl+R, ou Entrée dans la liste)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="263"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="264"/>
        <source>The PO is sent: its quantities become sellable (Ctrl+Enter)</source>
        <translation>Le BC est envoyé&#xa0;: ses quantités deviennent vendables (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="265"/>
        <source>Change date…</source>
        <translation>Changer la date…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="266"/>
        <source>The supplier announced a new date (Ctrl+D)</source>
        <translation>Le fournisseur a annoncé une nouvelle date (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="267"/>
        <source>Cancel PO…</source>
        <translation>Annuler le BC…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="268"/>
        <source>The supplier will deliver nothing (Ctrl+Delete)</source>
        <translation>Le fournisseur ne livrera rien (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="269"/>
        <source>Close short…</source>
        <translation>Solder…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="270"/>
        <source>The supplier will not deliver the rest of a partly received PO</source>
        <translation>Le fournisseur ne livrera pas le reste d&apos;un BC reçu en partie</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="271"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="271"/>
        <source>Print the PO (Ctrl+P)</source>
        <translation>Imprimer le BC (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="272"/>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="273"/>
        <source>Save the PO as a PDF to e-mail it (Ctrl+Shift+S)</source>
        <translation>Enregistrer le BC en PDF pour l&apos;envoyer par e-mail (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="287"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="288"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="598"/>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="289"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="597"/>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="290"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="293"/>
        <source>units sold to waiting customers</source>
        <translation>unités vendues à des clients en attente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="295"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="297"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="347"/>
        <source>Choose a PO in the list, or create one.</source>
        <translation>Choisissez un BC dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="353"/>
        <source>{supplier} → {site}</source>
        <translation>{supplier} → {site}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="354"/>
        <source>expected {0}</source>
        <translation>attendu le {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="355"/>
        <source>made {0}</source>
        <translation>créé le {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="356"/>
        <source>{0} excl. VAT</source>
        <translation>{0} HT</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="831"/>
        <source>{supplier}&apos;s catalog is imported: {added}, {updated}, {unchanged}, {rejected}.</source>
        <translation>Le catalogue de {supplier} est importé&#xa0;: {added}, {updated}, {unchanged}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="833"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="834"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="835"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="836"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejetée</numerusform>
            <numerusform>%Ln rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="838"/>
        <source>%Ln offer(s) no longer in the file are now unavailable.</source>
        <translation>
            <numerusform>%Ln offre absente du fichier est désormais indisponible.</numerusform>
            <numerusform>%Ln offres absentes du fichier sont désormais indisponibles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="362"/>
        <source>Overdue: expected {0} and not delivered yet. Ask the supplier for a new date.</source>
        <translation>En retard&#xa0;: attendu le {0} et pas encore livré. Demandez une nouvelle date au fournisseur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="365"/>
        <source>Below the supplier&apos;s minimum order ({0}).</source>
        <translation>En dessous du minimum de commande du fournisseur ({0}).</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="381"/>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="537"/>
        <source>Choose a purchase order first.</source>
        <translation>Choisissez d&apos;abord un bon de commande.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="384"/>
        <source>{po} is {status}: this cannot be done now.</source>
        <translation>{po} ({status})&#xa0;: action impossible pour le moment.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="395"/>
        <source>From customer orders ({0})</source>
        <translation>Depuis les commandes clients ({0})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="433"/>
        <source>{po} is a draft: check it, then confirm it once it is sent to the supplier.</source>
        <translation>{po} est un brouillon&#xa0;: vérifiez-le, puis confirmez-le une fois envoyé au fournisseur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="443"/>
        <source>No customer order was waiting for a PO.</source>
        <translation>Aucune commande client n&apos;attendait de BC.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="446"/>
        <source>Draft POs ready: {0}. Check them and confirm them once sent.</source>
        <translation>BC brouillons prêts&#xa0;: {0}. Vérifiez-les et confirmez-les une fois envoyés.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="458"/>
        <source>{po} is confirmed: its quantities can be sold now.</source>
        <translation>{po} est confirmé&#xa0;: ses quantités sont désormais vendables.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="466"/>
        <source>{po} is now expected {date}.</source>
        <translation>{po} est désormais attendu le {date}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="474"/>
        <source>Cancel {po} from {supplier}?</source>
        <translation>Annuler {po} de {supplier}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="480"/>
        <source>Cancel the PO</source>
        <translation>Annuler le BC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="482"/>
        <source>{po} is cancelled.</source>
        <translation>{po} est annulé.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="493"/>
        <source>Close the PO</source>
        <translation>Solder le BC</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="496"/>
        <source>{po} is closed: nothing more is expected.</source>
        <translation>{po} est soldé&#xa0;: plus rien n&apos;est attendu.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="504"/>
        <source>No customer is late because of it.</source>
        <translation>Aucun client n&apos;est retardé pour autant.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="542"/>
        <source>PDFs come with the documents module.</source>
        <translation>Les PDF nécessitent le module documents.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="553"/>
        <source>Add supplier</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="553"/>
        <source>A new supplier (Ctrl+N)</source>
        <translation>Un nouveau fournisseur (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="556"/>
        <source>Load the selected supplier&apos;s catalog file, with a preview first (Ctrl+I)</source>
        <translation>Charger le fichier catalogue du fournisseur sélectionné, avec un aperçu d&apos;abord (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="565"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="584"/>
        <source>Find an offer by reference, SKU, EAN or description</source>
        <translation>Chercher une offre par réf. fournisseur, notre réf., EAN ou désignation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="589"/>
        <source>Words of the description, or a reference, SKU or EAN (Ctrl+F); accents and case do not matter. Down goes to the list.</source>
        <translation>Mots de la désignation, ou une réf. fournisseur, notre réf. ou un EAN (Ctrl+F)&#xa0;; accents et majuscules indifférents. Flèche bas pour aller à la liste.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="599"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="600"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="602"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="603"/>
        <source>Pack</source>
        <translation>Colisage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="604"/>
        <source>Min. qty</source>
        <translation>Qté min.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="605"/>
        <source>Lead days</source>
        <translation>Délai (j)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="606"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="685"/>
        <source>{name} ({code}): %Ln offer(s)</source>
        <translation>
            <numerusform>{name} ({code})&#xa0;: %Ln offre</numerusform>
            <numerusform>{name} ({code})&#xa0;: %Ln offres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="711"/>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="717"/>
        <source>1 offer</source>
        <translation>1 offre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="717"/>
        <source>{n} offers</source>
        <translation>{n} offres</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="719"/>
        <source>{n}+ matches</source>
        <translation>{n}+ résultats</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="721"/>
        <source>no match</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="723"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="723"/>
        <source>{n} matches</source>
        <translation>{n} résultats</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="780"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="800"/>
        <source>Import cancelled: nothing was changed, the catalog is as it was.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été modifié, le catalogue est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="810"/>
        <source>Writing {supplier}&apos;s offers…</source>
        <translation>Écriture des offres de {supplier}…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="826"/>
        <source>Nothing was imported: {supplier}&apos;s catalog is as it was.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le catalogue de {supplier} est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="595"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="358"/>
        <source>%Ln unit(s) sold to waiting customers</source>
        <translation>
            <numerusform>%Ln unité vendue à un client en attente</numerusform>
            <numerusform>%Ln unités vendues à des clients en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="478"/>
        <source>%Ln unit(s) on it are sold to customers: they will be sourced again (another PO, stock or the catalog) and you will see who to warn.</source>
        <translation>
            <numerusform>%Ln unité de ce BC est vendue à un client&#xa0;: elle sera réaffectée (autre BC, stock ou catalogue) et vous verrez qui prévenir.</numerusform>
            <numerusform>%Ln unités de ce BC sont vendues à des clients&#xa0;: elles seront réaffectées (autre BC, stock ou catalogue) et vous verrez qui prévenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="490"/>
        <source>Close {po}? The supplier will not deliver the %Ln unit(s) still missing; customers waiting for them are sourced again.</source>
        <translation>
            <numerusform>Solder {po}&#xa0;? Le fournisseur ne livrera pas %Ln unité encore manquante&#xa0;; les lignes des clients qui l&apos;attendent sont réaffectées.</numerusform>
            <numerusform>Solder {po}&#xa0;? Le fournisseur ne livrera pas les %Ln unités encore manquantes&#xa0;; les lignes des clients qui les attendent sont réaffectées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="507"/>
        <source>%Ln customer(s) to warn.</source>
        <translation>
            <numerusform>%Ln client à prévenir.</numerusform>
            <numerusform>%Ln clients à prévenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="524"/>
        <source>{po}: {units}, {orders}.</source>
        <translation>{po}&#xa0;: {units}, {orders}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="525"/>
        <source>%Ln unit(s) booked in</source>
        <translation>
            <numerusform>%Ln unité réceptionnée</numerusform>
            <numerusform>%Ln unités réceptionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="526"/>
        <source>%Ln customer order(s) served</source>
        <translation>
            <numerusform>%Ln commande client servie</numerusform>
            <numerusform>%Ln commandes clients servies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="555"/>
        <source>Import a catalog…</source>
        <translation>Importer un catalogue…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="595"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="678"/>
        <source>No supplier yet: add your first one.</source>
        <translation>Aucun fournisseur pour l&apos;instant&#xa0;: ajoutez le premier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="688"/>
        <source>delivers in %n business day(s)</source>
        <translation>
            <numerusform>livre en %n jour ouvré</numerusform>
            <numerusform>livre en %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="689"/>
        <source>takes orders on {0}</source>
        <translation>jours de commande&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="691"/>
        <source>minimum order {0}</source>
        <translation>minimum de commande {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="753"/>
        <source>{name} is added. Import its catalog, or type a PO.</source>
        <translation>{name} est ajouté. Importez son catalogue ou saisissez un BC.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="759"/>
        <source>Choose the supplier whose catalog it is first.</source>
        <translation>Choisissez d&apos;abord le fournisseur à qui appartient ce catalogue.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="777"/>
        <source>Importing {file} into {supplier}&apos;s catalog…</source>
        <translation>Import de {file} dans le catalogue de {supplier}…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="779"/>
        <source>Importing a catalog</source>
        <translation>Import d&apos;un catalogue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing.py" line="869"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="795"/>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="863"/>
        <source>Receive {0}</source>
        <translation>Réceptionner {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="823"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="824"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="825"/>
        <source>Sold to waiting customers</source>
        <translation>Vendu à des clients en attente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="831"/>
        <source>Scan each item (or type its name, SKU or EAN)</source>
        <translation>Scannez chaque article (ou tapez son nom, sa réf. ou son EAN)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="839"/>
        <source>Count everything as expected</source>
        <translation>Tout compter comme attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="842"/>
        <source>The delivery is complete: every item as expected (Ctrl+E)</source>
        <translation>La livraison est complète&#xa0;: tous les articles comme attendu (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="848"/>
        <source>Scan the items one by one, or type the quantities in the Counted column. Enter books the receipt.</source>
        <translation>Scannez les articles un par un, ou saisissez les quantités dans la colonne Compté. Entrée enregistre la réception.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="853"/>
        <source>Book the receipt</source>
        <translation>Enregistrer la réception</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="855"/>
        <source>Book what was counted (Enter)</source>
        <translation>Enregistrer ce qui a été compté (Entrée)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="857"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="864"/>
        <source>{supplier} → {site} · expected {date}</source>
        <translation>{supplier} → {site} · attendu le {date}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="890"/>
        <source>No product has the code “{0}”: put it aside and check the delivery note.</source>
        <translation>Aucun produit n&apos;a le code «&#xa0;{0}&#xa0;»&#xa0;: mettez-le de côté et vérifiez le bon de livraison.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="896"/>
        <source>{name} ({sku}) is not on {po}: put it aside, it will not be booked.</source>
        <translation>{name} ({sku}) n&apos;est pas sur {po}&#xa0;: mettez-le de côté, il ne sera pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="902"/>
        <source> — more than expected!</source>
        <translation> — plus que prévu&#xa0;!</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="903"/>
        <source>+1 {name}: {counted} counted of {expected} expected{extra}</source>
        <translation>+1 {name}&#xa0;: {counted} compté(s) sur {expected} attendu(s){extra}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="933"/>
        <source>Nothing counted yet: scan the items or type the quantities.</source>
        <translation>Rien de compté pour l&apos;instant&#xa0;: scannez les articles ou saisissez les quantités.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="948"/>
        <source>Units received</source>
        <translation>Unités reçues</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="949"/>
        <source>Customer orders served</source>
        <translation>Commandes clients servies</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="950"/>
        <source>Now free stock</source>
        <translation>Désormais en stock libre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="965"/>
        <source>No customer was waiting for these items.</source>
        <translation>Aucun client n&apos;attendait ces articles.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="975"/>
        <source>Waiting customers served first</source>
        <translation>Clients en attente servis en premier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="978"/>
        <source>What is left goes to free stock</source>
        <translation>Le reste va en stock libre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="980"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="982"/>
        <source>Close (Enter)</source>
        <translation>Fermer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1003"/>
        <source>{0} is received</source>
        <translation>{0} est reçu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1004"/>
        <source>{0} is partly received</source>
        <translation>{0} est reçu en partie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/purchasing_dialogs.py" line="1006"/>
        <source>%Ln unit(s) booked into {site} on {date}. Customers waiting for them were served first, oldest order first.</source>
        <translation>
            <numerusform>%Ln unité entrée à {site} le {date}. Les clients qui l&apos;attendaient ont été servis d&apos;abord, la commande la plus ancienne en premier.</numerusform>
            <numerusform>%Ln unités entrées à {site} le {date}. Les clients qui les attendaient ont été servis d&apos;abord, la commande la plus ancienne en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveTransfersDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="329"/>
        <source>Receive a transfer</source>
        <translation>Réceptionner un transfert</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="334"/>
        <source>Transfers on their way. Select the one that arrived and press Receive: its goods become stock at the destination, and the customer orders waiting for them become ready.</source>
        <translation>Transferts en route. Sélectionnez celui qui est arrivé et cliquez sur Réceptionner&#xa0;: sa marchandise entre en stock à destination, et les commandes clients qui l&apos;attendaient deviennent prêtes.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="341"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="342"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="343"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="344"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="346"/>
        <source>Goods</source>
        <translation>Marchandise</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="347"/>
        <source>For orders</source>
        <translation>Pour commandes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="363"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="365"/>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="368"/>
        <source>Receive the selected transfer (Enter)</source>
        <translation>Réceptionner le transfert sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="388"/>
        <source>No transfer is on its way.</source>
        <translation>Aucun transfert en route.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="406"/>
        <source>{transfer} received at {site}.</source>
        <translation>{transfer} réceptionné à {site}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="409"/>
        <source>Now ready for the customer: {orders}.</source>
        <translation>Désormais prêtes pour le client&#xa0;: {orders}.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="72"/>
        <source>Each report is read from the database as it is now; export it for the accountant or a spreadsheet.</source>
        <translation>Chaque rapport est lu dans la base telle qu&apos;elle est maintenant ; exportez-le pour le comptable ou un tableur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="86"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="89"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="93"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="94"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="119"/>
        <source>CSV for Excel in France (;)</source>
        <translation>CSV pour Excel en France (;)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="120"/>
        <source>International CSV (,)</source>
        <translation>CSV international (,)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="124"/>
        <source>Export {0}</source>
        <translation>Exporter {0}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="142"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="159"/>
        <source>Reading...</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/reports.py" line="176"/>
        <source>{title}: %Ln row(s)</source>
        <translation>
            <numerusform>{title}&#xa0;: %Ln ligne</numerusform>
            <numerusform>{title}&#xa0;: %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="186"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/reports.py" line="196"/>
        <source>Written: {path} ({size} bytes)</source>
        <translation>Écrit : {path} ({size} octets)</translation>
    </message>
</context>
<context>
    <name>ReturnGoodsDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="341"/>
        <source>Return goods – {order}</source>
        <translation>Retour marchandise – {order}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="346"/>
        <source>{sku} (up to {qty})</source>
        <translation>{sku} (jusqu&apos;à {qty})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="352"/>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="352"/>
        <source>wrong item</source>
        <translation>erreur d&apos;article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="353"/>
        <source>does not fit</source>
        <translation>ne convient pas</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="353"/>
        <source>changed their mind</source>
        <translation>a changé d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="355"/>
        <source>Why does the customer return it?</source>
        <translation>Pourquoi le client le rapporte-t-il&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="361"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="362"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="363"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="365"/>
        <source>Take back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="372"/>
        <source>The goods go back into the stock of the order&apos;s shop.</source>
        <translation>La marchandise retourne dans le stock du magasin de la commande.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/order_detail.py" line="389"/>
        <source>Say why the customer returns it (e.g. damaged).</source>
        <translation>Indiquez pourquoi le client le rapporte (ex. abîmé).</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="87"/>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="100"/>
        <source>Scan or search products; the promise date updates as you go.</source>
        <translation>Scannez ou recherchez des produits&#xa0;; la date promise se met à jour au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="103"/>
        <source>The shop selling (and where the customer collects)</source>
        <translation>Le magasin qui vend (et où le client retire)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="105"/>
        <source>In the shop</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="105"/>
        <source>Web / phone</source>
        <translation>Web / téléphone</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="106"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="108"/>
        <source>Shop</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="109"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="116"/>
        <source>Take away now</source>
        <translation>À emporter</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="116"/>
        <source>Pick-up in shop</source>
        <translation>Retrait magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="117"/>
        <source>Home delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="121"/>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="139"/>
        <source>F2 or Ctrl+F</source>
        <translation>F2 ou Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="147"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="147"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="147"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="147"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="148"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="148"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="161"/>
        <source>Delete removes the selected line</source>
        <translation>Suppr retire la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="166"/>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="463"/>
        <source>Every way to serve this line</source>
        <translation>Options pour cette ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="167"/>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="464"/>
        <source>Add a product to see where it can come from.</source>
        <translation>Ajoutez un produit pour voir d&apos;où il peut venir.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="210"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="214"/>
        <source>Name (type to find a known customer)</source>
        <translation>Nom (tapez pour retrouver un client connu)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="219"/>
        <source>Needed for home delivery</source>
        <translation>Requise pour la livraison à domicile</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="221"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="224"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="226"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="227"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="239"/>
        <source>Promise for the whole order</source>
        <translation>Promesse pour toute la commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="250"/>
        <source>Confirm order</source>
        <translation>Valider la commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="252"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="255"/>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="256"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="331"/>
        <source>Nothing found for “{0}”</source>
        <translation>Rien trouvé pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="351"/>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="374"/>
        <source>cannot serve</source>
        <translation>impossible</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="401"/>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="401"/>
        <source>incoming</source>
        <translation>arrivage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="402"/>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="432"/>
        <source>Scan or search a product to start.</source>
        <translation>Scannez ou recherchez un produit pour commencer.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="438"/>
        <source>Cannot be served as it is</source>
        <translation>Impossible à servir en l&apos;état</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="449"/>
        <source>Today: everything is here.</source>
        <translation>Aujourd&apos;hui&#xa0;: tout est là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/sell.py" line="451"/>
        <source>In %n day(s).</source>
        <translation>
            <numerusform>Dans %n jour.</numerusform>
            <numerusform>Dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/sell.py" line="496"/>
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln disponible</numerusform>
            <numerusform>%Ln disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="453"/>
        <source>Delivered to the customer&apos;s address.</source>
        <translation>Livrée à l&apos;adresse du client.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="455"/>
        <source>To collect at {shop}.</source>
        <translation>À retirer à {shop}.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="469"/>
        <source>Every way to serve {qty} × {name}</source>
        <translation>Options pour {qty} × {name}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="479"/>
        <source>Chosen: ✓ — the date the customer is promised for this line.</source>
        <translation>Choisi&#xa0;: ✓ — la date promise au client pour cette ligne.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="485"/>
        <source>No stock anywhere, no confirmed purchase order and no supplier offer.</source>
        <translation>Aucun stock nulle part, aucun bon de commande confirmé et aucune offre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="495"/>
        <source>any quantity</source>
        <translation>toute quantité</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="548"/>
        <source>Home delivery needs the customer&apos;s address.</source>
        <translation>La livraison à domicile nécessite l&apos;adresse du client.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="562"/>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="565"/>
        <source>&lt;b&gt;{order}&lt;/b&gt; is placed.&lt;br&gt;Promise: &lt;b&gt;{date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{order}&lt;/b&gt; est passée.&lt;br&gt;Promesse&#xa0;: &lt;b&gt;{date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="567"/>
        <source>Print the promise</source>
        <translation>Imprimer la promesse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="569"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/sell.py" line="581"/>
        <source>Printing comes with the documents module.</source>
        <translation>L&apos;impression nécessite le module documents.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1173"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1174"/>
        <source>Sourcing</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1175"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1176"/>
        <source>Database &amp;&amp; language</source>
        <translation>Base de données et langue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1183"/>
        <source>How your shops work, where goods come from, and what documents say.</source>
        <translation>Le fonctionnement de vos magasins, la provenance de la marchandise et le contenu des documents.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="1205"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="445"/>
        <source>Set up my shop</source>
        <translation>Configurer mon magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="459"/>
        <source>Open my shop</source>
        <translation>Ouvrir mon magasin</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="443"/>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="446"/>
        <source>Add the site</source>
        <translation>Ajouter le site</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="246"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="247"/>
        <source>e.g. DEPOT</source>
        <translation>ex. DEPOT</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="247"/>
        <source>e.g. PARIS</source>
        <translation>ex. PARIS</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="248"/>
        <source>A short name used on documents; cannot be changed later.</source>
        <translation>Nom court utilisé sur les documents&#xa0;; ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="252"/>
        <source>Shop</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="253"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="254"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="257"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="258"/>
        <source>e.g. Orléans warehouse</source>
        <translation>ex. Entrepôt Orléans</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="259"/>
        <source>e.g. Paris Marais</source>
        <translation>ex. Paris Marais</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="260"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="261"/>
        <source>Opening days</source>
        <translation>Jours d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="268"/>
        <source>Handling days</source>
        <translation>Jours de préparation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="269"/>
        <source>Business days to prepare goods before they leave.</source>
        <translation>Jours ouvrés pour préparer la marchandise avant son départ.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="270"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="273"/>
        <source>Two letters (FR, BE...): gives the public holidays</source>
        <translation>Deux lettres (FR, BE…)&#xa0;: détermine les jours fériés</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="277"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="278"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="575"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="576"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="577"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="578"/>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="580"/>
        <source>Handling days</source>
        <translation>Préparation (j)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="595"/>
        <source>Add a site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="596"/>
        <source>A new shop or warehouse (Ctrl+N)</source>
        <translation>Un nouveau magasin ou entrepôt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="599"/>
        <source>Shops and warehouses</source>
        <translation>Magasins et entrepôts</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="603"/>
        <source>Transfer days</source>
        <translation>Jours de transfert</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="604"/>
        <source>Business days to move goods from the site of the row to the site of the column. Grey figures are the default; click a figure to change it.</source>
        <translation>Jours ouvrés pour acheminer la marchandise du site de la ligne au site de la colonne. Les chiffres en gris sont les valeurs par défaut&#xa0;; cliquez sur un chiffre pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="611"/>
        <source>Same days both ways</source>
        <translation>Même délai dans les deux sens</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="622"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="625"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="626"/>
        <source>Save the site (Ctrl+S)</source>
        <translation>Enregistrer le site (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="681"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="681"/>
        <source>Forget your changes to {0}?</source>
        <translation>Abandonner vos modifications de {0}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="697"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="709"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oms_desktop/ui/screens/settings.py" line="728"/>
        <source>Saved: {0} → {1} in %n day(s){2}</source>
        <translation>
            <numerusform>Enregistré&#xa0;: {0} → {1} en %n jour{2}</numerusform>
            <numerusform>Enregistré&#xa0;: {0} → {1} en %n jours{2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="730"/>
        <source>, and back</source>
        <translation>, et retour</translation>
    </message>
</context>
<context>
    <name>SourcingTab</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="765"/>
        <source>Sales channel and fulfilment</source>
        <translation>Canal de vente et mode de livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="766"/>
        <source>Take away always serves from the shop&apos;s own shelf, in one go.</source>
        <translation>La vente à emporter est toujours servie depuis le rayon du magasin, en une seule fois.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="775"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="784"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="785"/>
        <source>Try this source earlier (Alt+Up)</source>
        <translation>Essayer cette source plus tôt (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="787"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="788"/>
        <source>Try this source later (Alt+Down)</source>
        <translation>Essayer cette source plus tard (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="812"/>
        <source>Where the goods may come from, first choice on top (untick a source to never use it):</source>
        <translation>D&apos;où peut venir la marchandise, premier choix en haut (décochez une source pour ne jamais l&apos;utiliser)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="815"/>
        <source>When one source cannot serve a whole line:</source>
        <translation>Quand une source ne peut pas servir toute une ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="874"/>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="890"/>
        <source>Your own rule</source>
        <translation>Votre propre règle</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="875"/>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="890"/>
        <source>The default rule</source>
        <translation>La règle par défaut</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="888"/>
        <source>{0}. Changes apply to the next sales; orders already placed keep their supply.</source>
        <translation>{0}. Les modifications s&apos;appliquent aux prochaines ventes&#xa0;; les commandes déjà passées gardent leur approvisionnement.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="935"/>
        <source>Keep at least one source: goods must come from somewhere.</source>
        <translation>Gardez au moins une source&#xa0;: la marchandise doit bien venir de quelque part.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="949"/>
        <source>Saved. New sales try: {0}.</source>
        <translation>Enregistré. Les nouvelles ventes essaient&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>SupplierForm</name>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="340"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="341"/>
        <source>A short name, e.g. CUISINOX</source>
        <translation>Un nom court, ex. CUISINOX</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="343"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="348"/>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="349"/>
        <source>Business days from your order to the goods at your door.</source>
        <translation>Jours ouvrés entre votre commande et la livraison chez vous.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="350"/>
        <source>Takes orders on</source>
        <translation>Jours de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="352"/>
        <source>E-mail for orders</source>
        <translation>E-mail de commande</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="249"/>
        <source>Transfer between sites</source>
        <translation>Transfert entre sites</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="249"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="251"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="253"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="259"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="259"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="268"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="271"/>
        <source>Add a product: scan or type a name, SKU, EAN</source>
        <translation>Ajouter un produit&#xa0;: scannez ou tapez un nom, une réf., un EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/screens/product_dialogs.py" line="303"/>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
</context>
<context>
    <name>TransferGrid</name>
    <message>
        <location filename="../../oms_desktop/ui/screens/settings.py" line="531"/>
        <source>Business days from {0} to {1}</source>
        <translation>Jours ouvrés de {0} à {1}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="113"/>
        <location filename="../../oms_desktop/ui/welcome.py" line="118"/>
        <source>Welcome to OMS Desktop</source>
        <translation>Bienvenue dans OMS Desktop</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="120"/>
        <source>Sell what is on the shelf, in the warehouse, on its way from a supplier, or in a supplier&apos;s catalog, with a delivery date your customers can trust. How would you like to start?</source>
        <translation>Vendez ce qui est en rayon, en entrepôt, en route depuis un fournisseur ou dans le catalogue d&apos;un fournisseur, avec une date de livraison fiable pour vos clients. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="126"/>
        <source>Try the demo shop</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="127"/>
        <source>Maison &amp; Cuisine: three shops, a warehouse, three suppliers and five weeks of orders. Explore freely; nothing is real.</source>
        <translation>Maison &amp; Cuisine&#xa0;: trois magasins, un entrepôt, trois fournisseurs et cinq semaines de commandes. Explorez librement&#xa0;; rien n&apos;est réel.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="131"/>
        <source>Set up my shop</source>
        <translation>Configurer mon magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="132"/>
        <source>Your company, your shops and a first supplier: a few minutes, and you can change everything later in Settings.</source>
        <translation>Votre entreprise, vos magasins et un premier fournisseur&#xa0;: quelques minutes, et tout reste modifiable ensuite dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/welcome.py" line="136"/>
        <source>The demo fills this database. When you are ready for your own shop, choose a new database file in Settings, Database.</source>
        <translation>La démo remplit cette base de données. Quand vous serez prêt pour votre propre magasin, choisissez un nouveau fichier de base de données dans Réglages, Base de données.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../oms_desktop/ui/app.py" line="174"/>
        <source>Something unexpected went wrong. What you confirmed is saved.

Details are in the log:
{0}</source>
        <translation>Une erreur inattendue s&apos;est produite. Ce que vous avez validé est enregistré.

Le détail figure dans le journal&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="8"/>
        <source>&apos;{code}&apos; is longer than {maximum} characters</source>
        <translation>«&#xa0;{code}&#xa0;» dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="9"/>
        <source>&apos;{code}&apos; must not contain spaces or &apos;:&apos;</source>
        <translation>«&#xa0;{code}&#xa0;» ne doit contenir ni espace ni «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="10"/>
        <source>&apos;{dialect}&apos; is not one of {known}</source>
        <translation>«&#xa0;{dialect}&#xa0;» n&apos;est pas une valeur possible ({known})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="11"/>
        <source>&apos;{email}&apos; is not an e-mail address</source>
        <translation>«&#xa0;{email}&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="12"/>
        <source>&apos;{format}&apos; is not one of csv, xlsx, pdf</source>
        <translation>«&#xa0;{format}&#xa0;» n&apos;est ni csv, ni xlsx, ni pdf</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="13"/>
        <source>&apos;{key}&apos; names several products ({skus}); use the SKU</source>
        <translation>«&#xa0;{key}&#xa0;» désigne plusieurs produits ({skus})&#xa0;; indiquez la réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="14"/>
        <source>&apos;{kind}&apos; is not shop or warehouse</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est ni shop (magasin) ni warehouse (entrepôt)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="15"/>
        <source>&apos;{language}&apos; is not one of {known}</source>
        <translation>«&#xa0;{language}&#xa0;» n&apos;est pas une langue disponible ({known})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="16"/>
        <source>&apos;{name}&apos; is not a source ({allowed})</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas une source ({allowed})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="17"/>
        <source>&apos;{name}&apos; is not a weekday (mon, tue, ... sun)</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un jour de la semaine (mon, tue, ... sun)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="18"/>
        <source>&apos;{paper}&apos; is not one of {known}</source>
        <translation>«&#xa0;{paper}&#xa0;» n&apos;est pas un format de papier possible ({known})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="19"/>
        <source>&apos;{part}&apos; is not a range like mon-fri</source>
        <translation>«&#xa0;{part}&#xa0;» n&apos;est pas une plage de jours comme mon-fri</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="20"/>
        <source>&apos;{report}&apos; is not a report ({reports})</source>
        <translation>«&#xa0;{report}&#xa0;» n&apos;est pas un rapport ({reports})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="21"/>
        <source>&apos;{split}&apos; is not never, if_earlier or always</source>
        <translation>«&#xa0;{split}&#xa0;» n&apos;est ni never, ni if_earlier, ni always</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="22"/>
        <source>&apos;{text}&apos; has a wrong check digit (expected {expected})</source>
        <translation>«&#xa0;{text}&#xa0;» a un chiffre de contrôle erroné ({expected} attendu)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="23"/>
        <source>&apos;{text}&apos; has more than two decimals</source>
        <translation>«&#xa0;{text}&#xa0;» a plus de deux décimales</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="24"/>
        <source>&apos;{text}&apos; is not a VAT number (like FR76814672531)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un n° de TVA (par ex. FR76814672531)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="25"/>
        <source>&apos;{text}&apos; is not a VAT rate</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un taux de TVA</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="26"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="27"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="28"/>
        <source>&apos;{text}&apos; is not a whole number of days</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="29"/>
        <source>&apos;{text}&apos; is not a {prefix} number (like {prefix}-000001)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro {prefix} (par ex. {prefix}-000001)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="30"/>
        <source>&apos;{text}&apos; is not an EAN-13 or EAN-8 (8 or 13 digits)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est ni un EAN-13 ni un EAN-8 (8 ou 13 chiffres)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="31"/>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="32"/>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="33"/>
        <source>&apos;{text}&apos; is too large</source>
        <translation>«&#xa0;{text}&#xa0;» est trop élevé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="34"/>
        <source>&apos;{text}&apos; must be between 0 and 100</source>
        <translation>«&#xa0;{text}&#xa0;» doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="35"/>
        <source>&apos;{value}&apos; is not one of {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une valeur possible ({allowed})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="36"/>
        <source>EAN {ean} belongs to product {owner}, not {sku}</source>
        <translation>l&apos;EAN {ean} appartient au produit {owner}, et non à {sku}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="37"/>
        <source>EAN {ean} is already used by another product</source>
        <translation>l&apos;EAN {ean} est déjà utilisé par un autre produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="38"/>
        <source>a French VAT number is FR, a 2-character key and the 9-digit SIREN</source>
        <translation>un n° de TVA français se compose de FR, d&apos;une clé de 2 caractères et du SIREN à 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="39"/>
        <source>a backup cannot be written over the database itself</source>
        <translation>une sauvegarde ne peut pas écraser la base de données elle-même</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="40"/>
        <source>a calendar needs at least one working weekday</source>
        <translation>il faut au moins un jour ouvré dans la semaine</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="41"/>
        <source>a purchase order needs at least one line</source>
        <translation>un bon de commande doit avoir au moins une ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="42"/>
        <source>a source is named twice</source>
        <translation>une source est indiquée deux fois</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="43"/>
        <source>a transfer goes to another site</source>
        <translation>un transfert doit aller vers un autre site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="44"/>
        <source>a transfer needs at least one line</source>
        <translation>un transfert doit avoir au moins une ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="45"/>
        <source>an order needs at least one line</source>
        <translation>une commande doit avoir au moins une ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="46"/>
        <source>cannot be read ({reason})</source>
        <translation>lecture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="47"/>
        <source>cannot be written ({reason})</source>
        <translation>écriture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="48"/>
        <source>cannot change {fields}</source>
        <translation>impossible de modifier {fields}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="49"/>
        <source>cannot create the folder {folder} ({reason})</source>
        <translation>impossible de créer le dossier {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="50"/>
        <source>cannot open {path}: no such file</source>
        <translation>impossible d&apos;ouvrir {path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="51"/>
        <source>cannot open {path}: {error}</source>
        <translation>impossible d&apos;ouvrir {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="52"/>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="53"/>
        <source>columns &apos;{title}&apos; and &apos;{other_title}&apos; both mean {field_name}; keep one</source>
        <translation>les colonnes «&#xa0;{title}&#xa0;» et «&#xa0;{other_title}&#xa0;» désignent toutes deux {field_name}&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="54"/>
        <source>description is longer than {maximum} characters</source>
        <translation>la désignation dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="55"/>
        <source>duplicate supplier reference (first on line {first})</source>
        <translation>référence fournisseur en double (déjà présente à la ligne {first})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="56"/>
        <source>every line has already left the shop</source>
        <translation>toutes les lignes ont déjà quitté le magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="57"/>
        <source>everything on {po} was received</source>
        <translation>{po} a déjà été entièrement réceptionné</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="58"/>
        <source>give a file path or a postgresql:// URL</source>
        <translation>indiquez un chemin de fichier ou une URL postgresql://</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="59"/>
        <source>give the full path of the file, not {path}</source>
        <translation>indiquez le chemin complet du fichier, pas {path}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="60"/>
        <source>give the mapping a name</source>
        <translation>donnez un nom à la correspondance</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="61"/>
        <source>has {columns} columns, the header has {width}</source>
        <translation>compte {columns} colonnes, l&apos;en-tête en compte {width}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="62"/>
        <source>home delivery needs the customer&apos;s address</source>
        <translation>la livraison à domicile nécessite l&apos;adresse du client</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="63"/>
        <source>is longer than 120 characters</source>
        <translation>dépasse 120 caractères</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="64"/>
        <source>is longer than {maximum} characters</source>
        <translation>dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="65"/>
        <source>limit {limit} is out of range</source>
        <translation>la limite {limit} est hors plage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="66"/>
        <source>missing column for {fields}</source>
        <translation>colonne manquante pour {fields}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="67"/>
        <source>missing column for {fields}, {first} or {second}</source>
        <translation>colonne manquante pour {fields}, {first} ou {second}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="68"/>
        <source>missing column for {first} or {second}</source>
        <translation>colonne manquante pour {first} ou {second}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="69"/>
        <source>missing column {columns} (headers found: {found})</source>
        <translation>colonne manquante&#xa0;: {columns} (en-têtes trouvés&#xa0;: {found})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="70"/>
        <source>missing column {columns}, {field_name} or {other_field_name} (headers found: {found})</source>
        <translation>colonne manquante&#xa0;: {columns}, {field_name} ou {other_field_name} (en-têtes trouvés&#xa0;: {found})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="71"/>
        <source>missing column {field_name} or {other_field_name} (headers found: {found})</source>
        <translation>colonne manquante&#xa0;: {field_name} ou {other_field_name} (en-têtes trouvés&#xa0;: {found})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="72"/>
        <source>missing cost</source>
        <translation>coût manquant</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="73"/>
        <source>missing description</source>
        <translation>désignation manquante</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="74"/>
        <source>missing supplier reference</source>
        <translation>référence fournisseur manquante</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="75"/>
        <source>must be at least {minimum} (got {value})</source>
        <translation>doit valoir au moins {minimum} (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="76"/>
        <source>must be at most {maximum} (got {value})</source>
        <translation>doit valoir au plus {maximum} (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="77"/>
        <source>must be between 0 and 365 (got {value})</source>
        <translation>doit être compris entre 0 et 365 (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="78"/>
        <source>must be between 0 and 60 days (got {value})</source>
        <translation>doit être compris entre 0 et 60 jours (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="79"/>
        <source>must be between {minimum} and {maximum} (got {value})</source>
        <translation>doit être compris entre {minimum} et {maximum} (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="80"/>
        <source>must be positive (got {value})</source>
        <translation>doit être un nombre supérieur à zéro (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="81"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="82"/>
        <source>must not be negative (got {text})</source>
        <translation>ne doit pas être négatif (valeur&#xa0;: {text})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="83"/>
        <source>must not be negative (got {value})</source>
        <translation>valeur négative non acceptée (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="84"/>
        <source>must not be zero</source>
        <translation>zéro n&apos;est pas accepté</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="85"/>
        <source>name at least one source</source>
        <translation>indiquez au moins une source</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="86"/>
        <source>name at least one weekday (mon, tue, ... sun)</source>
        <translation>indiquez au moins un jour de la semaine (mon, tue, ... sun)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="87"/>
        <source>needs a SKU or an EAN</source>
        <translation>il faut une réf. ou un EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="88"/>
        <source>no site &apos;{site}&apos;</source>
        <translation>aucun site «&#xa0;{site}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="89"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="90"/>
        <source>no working day within a year</source>
        <translation>aucun jour ouvré sur toute une année</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="91"/>
        <source>not a CSV file: the first line has no comma, semicolon or tab between column names</source>
        <translation>ce n&apos;est pas un fichier CSV&#xa0;: la première ligne n&apos;a ni virgule, ni point-virgule, ni tabulation entre les noms de colonnes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="92"/>
        <source>offset {offset} and limit {limit} are out of range</source>
        <translation>le décalage {offset} et la limite {limit} sont hors plage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="93"/>
        <source>only a file path or a postgresql:// URL can be used</source>
        <translation>seul un chemin de fichier ou une URL postgresql:// peut être utilisé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="94"/>
        <source>only {returnable} of {sku} on {order} can still be returned</source>
        <translation>{order}&#xa0;: {sku} ne peut plus être retourné qu&apos;à hauteur de {returnable}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="95"/>
        <source>pack size and minimum quantity are at least 1</source>
        <translation>le colisage et la quantité minimum valent au moins 1</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="96"/>
        <source>product {sku} already exists</source>
        <translation>le produit {sku} existe déjà</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="97"/>
        <source>say why the customer returns it (e.g. &apos;damaged&apos;)</source>
        <translation>indiquez pourquoi le client le rapporte (ex. «&#xa0;abîmé&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="98"/>
        <source>say why the stock changes (e.g. &apos;stock count&apos;)</source>
        <translation>indiquez le motif de la variation de stock (ex. «&#xa0;inventaire&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="99"/>
        <source>site {site} already exists</source>
        <translation>le site {site} existe déjà</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="100"/>
        <source>supplier reference is longer than {maximum} characters</source>
        <translation>la référence fournisseur dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="101"/>
        <source>supplier {supplier} already exists</source>
        <translation>le fournisseur {supplier} existe déjà</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="102"/>
        <source>take away always serves from the shop&apos;s own shelf</source>
        <translation>la vente à emporter est toujours servie depuis le rayon du magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="103"/>
        <source>the URL must end with the database name, like postgresql://user@server/oms</source>
        <translation>l&apos;URL doit se terminer par le nom de la base de données, par ex. postgresql://user@server/oms</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="104"/>
        <source>the database is damaged ({reason})</source>
        <translation>la base de données est endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="105"/>
        <source>the database is damaged ({reason}); the copy was not kept</source>
        <translation>la base de données est endommagée ({reason})&#xa0;; la copie n&apos;a pas été conservée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="106"/>
        <source>the demo load was cancelled; nothing was written</source>
        <translation>le chargement de la démo a été annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="107"/>
        <source>the demo loads only into an empty database</source>
        <translation>la démo ne se charge que dans une base de données vide</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="108"/>
        <source>the file has no header line</source>
        <translation>le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="109"/>
        <source>the import was cancelled; nothing was changed</source>
        <translation>l&apos;import a été annulé&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="110"/>
        <source>the key {key} does not match the SIREN {siren} (a typo?)</source>
        <translation>la clé {key} ne correspond pas au SIREN {siren} (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="111"/>
        <source>the mapping&apos;s column &apos;{title}&apos; ({field_name}) is not in the file (headers found: {found})</source>
        <translation>la colonne «&#xa0;{title}&#xa0;» ({field_name}) de la correspondance est absente du fichier (en-têtes trouvés&#xa0;: {found})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="112"/>
        <source>the stock of {site} changed; try again</source>
        <translation>le stock de {site} a changé&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="113"/>
        <source>there is no database file here</source>
        <translation>aucun fichier de base de données à cet emplacement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="114"/>
        <source>this database belongs to another program (tables: {tables}); choose a database of the app</source>
        <translation>cette base de données appartient à un autre programme (tables&#xa0;: {tables})&#xa0;; choisissez une base de données de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="115"/>
        <source>this database belongs to another program (tables: {tables}); choose another file</source>
        <translation>cette base de données appartient à un autre programme (tables&#xa0;: {tables})&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="116"/>
        <source>this database is damaged ({reason}); choose another backup</source>
        <translation>cette base de données est endommagée ({reason})&#xa0;; choisissez une autre sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="117"/>
        <source>this database is empty: it is not a backup of the app</source>
        <translation>cette base de données est vide&#xa0;: ce n&apos;est pas une sauvegarde de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="118"/>
        <source>this database was written by a newer version of the app (schema {found}; this version knows up to {known}); update the app to open it</source>
        <translation>cette base de données a été écrite par une version plus récente de l&apos;application (schéma {found}&#xa0;; cette version connaît jusqu&apos;au {known})&#xa0;; mettez l&apos;application à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="119"/>
        <source>this file exists and is not a backup: choose another name</source>
        <translation>ce fichier existe et n&apos;est pas une sauvegarde&#xa0;: choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="120"/>
        <source>this file is damaged ({reason}); choose another backup</source>
        <translation>ce fichier est endommagé ({reason})&#xa0;; choisissez une autre sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="121"/>
        <source>this is a folder, not a backup file</source>
        <translation>c&apos;est un dossier, pas un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="122"/>
        <source>this is a folder: give the name of the backup file</source>
        <translation>c&apos;est un dossier&#xa0;: indiquez le nom du fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="123"/>
        <source>this is not a database file</source>
        <translation>ce n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="124"/>
        <source>this is not a database file: nothing will be written over it</source>
        <translation>ce n&apos;est pas un fichier de base de données&#xa0;: il ne sera pas écrasé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="125"/>
        <source>this is the database in use, not a backup</source>
        <translation>c&apos;est la base de données en cours d&apos;utilisation, pas une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="126"/>
        <source>two fields are mapped to the same column</source>
        <translation>deux champs sont associés à la même colonne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="127"/>
        <source>unknown field(s) {fields} (known: {known})</source>
        <translation>champ(s) inconnu(s)&#xa0;: {fields} (champs connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="128"/>
        <source>unknown site {site}</source>
        <translation>site {site} inconnu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="129"/>
        <source>{database} cannot be opened as an oms database ({reason})</source>
        <translation>impossible d&apos;ouvrir {database} comme base de données oms ({reason})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="130"/>
        <source>{database} is a PostgreSQL database: back it up with pg_dump and restore it with pg_restore (or psql) on the server; the app copies SQLite files only</source>
        <translation>{database} est une base PostgreSQL&#xa0;: sauvegardez-la avec pg_dump et restaurez-la avec pg_restore (ou psql) sur le serveur&#xa0;; l&apos;application ne copie que des fichiers SQLite</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="131"/>
        <source>{database} is damaged ({reason}); restore a backup or choose another file</source>
        <translation>la base {database} est endommagée ({reason})&#xa0;; restaurez une sauvegarde ou choisissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="132"/>
        <source>{database} is not a valid URL ({reason})</source>
        <translation>{database} n&apos;est pas une URL valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="133"/>
        <source>{database} is open in another window or program (another desk, an oms command): close it there, then restore; nothing was changed</source>
        <translation>la base {database} est ouverte dans une autre fenêtre ou un autre programme (un autre poste, une commande oms)&#xa0;: fermez-la là-bas, puis restaurez&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="134"/>
        <source>{date} is in the past</source>
        <translation>{date} est dans le passé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="135"/>
        <source>{date} is more than {years} years ahead (a typo?)</source>
        <translation>{date} est à plus de {years} ans dans le futur (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="136"/>
        <source>{file} cannot be found</source>
        <translation>{file} est introuvable</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="137"/>
        <source>{file} changed while it was read; import it again</source>
        <translation>{file} a changé pendant sa lecture&#xa0;; importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="138"/>
        <source>{file} has no header row</source>
        <translation>{file} n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="139"/>
        <source>{file} is UTF-16 text; save it as CSV UTF-8</source>
        <translation>{file} est un texte UTF-16&#xa0;; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="140"/>
        <source>{file} is a spreadsheet or an archive, not CSV; save it as CSV UTF-8</source>
        <translation>{file} est un classeur ou une archive, pas un CSV&#xa0;; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="141"/>
        <source>{file} is empty</source>
        <translation>{file} est vide</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="142"/>
        <source>{file} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8</source>
        <translation>{file} n&apos;est encodé ni en UTF-8 ni en Windows-1252&#xa0;; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="143"/>
        <source>{file} is not a PNG, JPEG or GIF image</source>
        <translation>{file} n&apos;est pas une image PNG, JPEG ou GIF</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="144"/>
        <source>{file} is not a readable CSV file ({error})</source>
        <translation>{file} n&apos;est pas un fichier CSV lisible ({error})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="145"/>
        <source>{file} is not a readable Excel workbook ({error})</source>
        <translation>{file} n&apos;est pas un classeur Excel lisible ({error})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="146"/>
        <source>{file} is not a text file</source>
        <translation>{file} n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="147"/>
        <source>{file} starts as UTF-8 but holds invalid UTF-8 bytes</source>
        <translation>{file} commence comme un texte UTF-8 mais contient des octets UTF-8 invalides</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="148"/>
        <source>{file} was written by a newer version of the app (schema {version}; this version knows up to {known}); update the app to restore it</source>
        <translation>{file} a été écrit par une version plus récente de l&apos;application (schéma {version}&#xa0;; cette version connaît jusqu&apos;au schéma {known})&#xa0;; mettez l&apos;application à jour pour restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="149"/>
        <source>{folder} is a read-only folder: the database cannot be read without writing beside it; nothing was copied</source>
        <translation>{folder} est un dossier en lecture seule&#xa0;: la base de données ne peut pas être lue sans écrire à côté&#xa0;; rien n&apos;a été copié</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="150"/>
        <source>{folder} is a read-only folder: the database needs to write its journal beside {file}, nothing was changed (choose a folder you can write to)</source>
        <translation>{folder} est un dossier en lecture seule&#xa0;: la base de données doit écrire son journal à côté de {file}, rien n&apos;a été modifié (choisissez un dossier où vous pouvez écrire)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="151"/>
        <source>{kind} not found: {key}</source>
        <translation>{kind} introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="152"/>
        <source>{order} has no line to prepare</source>
        <translation>{order} n&apos;a aucune ligne à préparer</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="153"/>
        <source>{order} is a {mode} order: it cannot be collected</source>
        <translation>{order} est en mode {mode}&#xa0;: elle ne peut pas être retirée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="154"/>
        <source>{order} is a {mode} order: it cannot be shipped</source>
        <translation>{order} est en mode {mode}&#xa0;: elle ne peut pas être expédiée</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="155"/>
        <source>{order} is already {status}</source>
        <translation>{order} est déjà au statut {status}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="156"/>
        <source>{order} is {status}</source>
        <translation>{order} est au statut {status}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="157"/>
        <source>{order} waits for goods: {goods}</source>
        <translation>{order} attend de la marchandise&#xa0;: {goods}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="158"/>
        <source>{order}: nothing is ready</source>
        <translation>{order}&#xa0;: rien n&apos;est prêt</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="159"/>
        <source>{order}: {goods}</source>
        <translation>{order}&#xa0;: {goods}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="160"/>
        <source>{origin} can send {available} (free or reserved for {destination}), not {qty}</source>
        <translation>{origin} peut envoyer {available} (libres ou réservés pour {destination}), pas {qty}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="161"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="162"/>
        <source>{path} is damaged ({reason}); restore a backup or choose another file</source>
        <translation>le fichier {path} est endommagé ({reason})&#xa0;; restaurez une sauvegarde ou choisissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="163"/>
        <source>{path} is damaged and cannot be read ({reason}); restore a backup or choose another file</source>
        <translation>le fichier {path} est endommagé et illisible ({reason})&#xa0;; restaurez une sauvegarde ou choisissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="164"/>
        <source>{path} is not a database file</source>
        <translation>{path} n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="165"/>
        <source>{path} is read-only: the app needs to write to its database, nothing was changed (check the file&apos;s permissions, or copy it to a folder you can write to)</source>
        <translation>{path} est en lecture seule&#xa0;: l&apos;application doit écrire dans sa base de données, rien n&apos;a été modifié (vérifiez les droits du fichier, ou copiez-le dans un dossier où vous pouvez écrire)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="166"/>
        <source>{path}: this database belongs to another program (tables: {tables}); choose another file</source>
        <translation>{path}&#xa0;: cette base de données appartient à un autre programme (tables&#xa0;: {tables})&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="167"/>
        <source>{path}: this database was written by a newer version of the app (schema {found}; this version knows up to {known}); update the app to open it</source>
        <translation>{path}&#xa0;: cette base de données a été écrite par une version plus récente de l&apos;application (schéma {found}&#xa0;; cette version connaît jusqu&apos;au {known})&#xa0;; mettez l&apos;application à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="168"/>
        <source>{po} is {status}</source>
        <translation>{po} est au statut {status}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="169"/>
        <source>{po} is {status}, only a draft can be confirmed</source>
        <translation>{po} est au statut {status}&#xa0;: seul un brouillon peut être confirmé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="170"/>
        <source>{po} is {status}: only a confirmed PO can be received</source>
        <translation>{po} est au statut {status}&#xa0;: seul un bon de commande confirmé peut être réceptionné</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="171"/>
        <source>{po} is {status}: only a draft or a confirmed PO that nothing was received of can be cancelled</source>
        <translation>{po} est au statut {status}&#xa0;: seul un brouillon ou un bon de commande confirmé dont rien n&apos;a été reçu peut être annulé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="172"/>
        <source>{po} is {status}: only a draft or a confirmed PO that nothing was received of can be cancelled (close it instead: oms po close)</source>
        <translation>{po} est au statut {status}&#xa0;: seul un brouillon ou un bon de commande confirmé dont rien n&apos;a été reçu peut être annulé (soldez-le plutôt&#xa0;: oms po close)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="173"/>
        <source>{po} is {status}: only a partly received PO can be closed (cancel a confirmed one)</source>
        <translation>{po} est au statut {status}&#xa0;: seul un bon de commande reçu en partie peut être soldé (un bon confirmé s&apos;annule)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="174"/>
        <source>{site} is a warehouse: customers collect in a shop</source>
        <translation>{site} est un entrepôt&#xa0;: les clients retirent leurs commandes en magasin</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="175"/>
        <source>{site} would hold {quantity} of {sku} but {reserved} are reserved for customer orders</source>
        <translation>le stock de {sku} à {site} passerait à {quantity}, sous la quantité réservée pour des commandes clients ({reserved})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="176"/>
        <source>{site} would hold {quantity} of {sku}: stock cannot go below zero</source>
        <translation>le stock de {sku} à {site} passerait à {quantity}&#xa0;: il ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="177"/>
        <source>{sku} is no longer sold</source>
        <translation>{sku} n&apos;est plus vendu</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="178"/>
        <source>{sku} is not in {supplier}&apos;s catalog: give its cost (SKU:QTY:COST)</source>
        <translation>{sku} n&apos;est pas dans le catalogue de {supplier}&#xa0;: indiquez son coût (SKU:QTY:COST)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="179"/>
        <source>{sku} is not on {order}</source>
        <translation>{sku} ne figure pas sur {order}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="180"/>
        <source>{sku} is not on {po}</source>
        <translation>{sku} ne figure pas sur {po}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="181"/>
        <source>{sku} is not one of our products: give the item&apos;s name</source>
        <translation>{sku} ne fait pas partie de nos produits&#xa0;: indiquez le nom de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="182"/>
        <source>{sku} on {order} has not reached the customer: cancel the order instead</source>
        <translation>{sku} de {order} n&apos;a pas encore été remis au client&#xa0;: annulez plutôt la commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="183"/>
        <source>{sku}: must be positive (got {value})</source>
        <translation>{sku}&#xa0;: doit être un nombre supérieur à zéro (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="184"/>
        <source>{sku}: no single source holds {requested} (largest {largest}) and splitting is not allowed</source>
        <translation>{sku}&#xa0;: aucune source n&apos;en a {requested} à elle seule (au plus {largest}) et le fractionnement n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="185"/>
        <source>{sku}: no stock, no confirmed purchase order and no supplier offer can serve it</source>
        <translation>{sku}&#xa0;: ni stock, ni bon de commande confirmé, ni offre fournisseur ne peut le servir</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="186"/>
        <source>{sku}: only {available} on the shelf of {site} for {requested} wanted; offer pick-up or delivery instead</source>
        <translation>{sku}&#xa0;: seulement {available} en rayon à {site} pour {requested} demandé(s)&#xa0;; proposez plutôt le retrait en magasin ou la livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="187"/>
        <source>{sku}: {requested} wanted but only {available} can be sourced</source>
        <translation>{sku}&#xa0;: {requested} demandé(s), mais les sources n&apos;en fournissent que {available}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="188"/>
        <source>{start} is after {end}</source>
        <translation>{start} est postérieur à {end}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="189"/>
        <source>{start} to {end} is more than 20 years (a typo?)</source>
        <translation>de {start} à {end}&#xa0;: plus de 20 ans (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="190"/>
        <source>{transfer} is already {status}</source>
        <translation>{transfer} est déjà au statut {status}</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="191"/>
        <source>{value!r} is not a valid Channel</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un canal valide</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="192"/>
        <source>{value!r} is not a valid Mode</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un mode valide</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="193"/>
        <source>{value} is more than {maximum:,} (a typo?)</source>
        <translation>{value} dépasse {maximum} (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="194"/>
        <source>{where} is read-only: the app cannot write there, nothing was changed (check its permissions, or copy the database to a folder you can write to)</source>
        <translation>{where} est en lecture seule&#xa0;: l&apos;application ne peut pas y écrire, rien n&apos;a été modifié (vérifiez les droits, ou copiez la base de données dans un dossier où vous pouvez écrire)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="195"/>
        <source>{where}: the disk is full, nothing was saved; free some space and try again</source>
        <translation>{where}&#xa0;: le disque est plein, rien n&apos;a été enregistré&#xa0;; libérez de la place et réessayez</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="196"/>
        <source>{where}: the disk reported an error while writing, nothing was saved; check the disk, then try again</source>
        <translation>{where}&#xa0;: le disque a signalé une erreur d&apos;écriture, rien n&apos;a été enregistré&#xa0;; vérifiez le disque, puis réessayez</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="200"/>
        <source>--csv-dialect</source>
        <translation>--csv-dialect</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="201"/>
        <source>--format</source>
        <translation>--format</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="202"/>
        <source>--from</source>
        <translation>--from</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="203"/>
        <source>--out</source>
        <translation>--out</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="204"/>
        <source>--site</source>
        <translation>--site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="205"/>
        <source>--to</source>
        <translation>--to</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="206"/>
        <source>OMS_TODAY</source>
        <translation>OMS_TODAY</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="207"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="208"/>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="209"/>
        <source>channel/mode</source>
        <translation>canal/mode</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="210"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="211"/>
        <source>column mapping</source>
        <translation>correspondance de colonnes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="212"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="213"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="214"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="215"/>
        <source>delivery address</source>
        <translation>adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="216"/>
        <source>delta</source>
        <translation>variation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="217"/>
        <source>description</source>
        <translation>désignation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="218"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="219"/>
        <source>ean</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="220"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="221"/>
        <source>expected</source>
        <translation>date prévue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="222"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="223"/>
        <source>handling days</source>
        <translation>jours de préparation</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="224"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="225"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="226"/>
        <source>lead days</source>
        <translation>délai (jours)</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="227"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="228"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="229"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="230"/>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="231"/>
        <source>minimum order</source>
        <translation>minimum de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="232"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="233"/>
        <source>moq</source>
        <translation>quantité minimum</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="234"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="235"/>
        <source>opening days</source>
        <translation>jours d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="236"/>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="237"/>
        <source>pack</source>
        <translation>colisage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="238"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="239"/>
        <source>paper</source>
        <translation>format de papier</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="240"/>
        <source>po</source>
        <translation>bon de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="241"/>
        <source>preference</source>
        <translation>préférence</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="242"/>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="243"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="244"/>
        <source>purchase order</source>
        <translation>bon de commande</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="245"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="246"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="247"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="248"/>
        <source>show</source>
        <translation>affichage</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="249"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="250"/>
        <source>sku</source>
        <translation>réf.</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="251"/>
        <source>sort</source>
        <translation>tri</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="252"/>
        <source>split</source>
        <translation>fractionnement</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="253"/>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="254"/>
        <source>supplier ref</source>
        <translation>réf. fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="255"/>
        <source>supplier reference</source>
        <translation>référence fournisseur</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="256"/>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="257"/>
        <source>vat</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../oms_desktop/ui/error_texts.py" line="258"/>
        <source>vat number</source>
        <translation>n° de TVA</translation>
    </message>
</context>
</TS>
