import type { CatalogueShape } from "../../format";
import type { shop as english } from "../en/shop";

// The shopping-cart lesson: shop, cart, checkout, orders.
export const shop: CatalogueShape<typeof english> = {
  shop: {
    eyebrow: "Leçon · Panier",
    title: "Boutique",
    intro:
      "Le panier est l’exemple classique de session : il suit un visiteur de page en page avant que quiconque se soit connecté. Ajoutez un article, et l’action serveur vérifie le produit, la quantité et le stock dans la base de données, puis réécrit le panier dans la session. Dans le panneau de la session, {key} ne contient que des identifiants de produits et des quantités, comme {example}.",
    introPrices:
      "Les prix ne vivent jamais dans la session. Les noms et les prix sont lus dans la base de données chaque fois qu’une page les affiche : un changement de prix atteint tous les paniers à la fois, et rien de ce que renvoie un navigateur ne peut décider de ce qu’il paie.",
    productsLabel: "Produits",
    inStock: { one: "{count} en stock", other: "{count} en stock" },
    outOfStock: "Épuisé",
    addToCart: "Ajouter au panier",
  },
  cart: {
    title: "Votre panier",
    intro:
      "Tout ce qui figure sur cette page est calculé à partir de deux choses : les identifiants et les quantités de {key}, et les noms et les prix que contient la base de données à cet instant. Le total de chaque ligne et celui du panier sont des centimes entiers, multipliés et additionnés sur le serveur.",
    introChanges: "Changer une quantité ou retirer une ligne exécute une action serveur qui écrit un nouveau panier dans la session ; le vider retire la clé, comme le fait {code} en Flask.",
    withItems: "Votre panier : {items}",
    withItemsAndTotal: "Votre panier : {items}, {total}",
    items: { one: "{count} article", other: "{count} articles" },
    viewCart: "Voir le panier",
    quantity: "Quantité",
    linesLabel: "Lignes du panier",
    each: "{price} l’unité",
    update: "Mettre à jour",
    remove: "Retirer",
    total: "Total",
    clear: "Vider le panier",
    continueShopping: "Continuer vos achats",
    checkOut: "Passer commande",
    empty: "Votre panier est vide.",
    emptyHint: "{shop} pour ajouter quelque chose.",
    emptyHintOrders: "{shop} pour ajouter quelque chose, ou consultez {orders}.",
    goToShop: "Allez à la boutique",
    yourOrders: "vos commandes",
    missing: {
      one: "Un produit de votre panier n’est plus vendu : il est laissé de côté (identifiant de produit {ids}). Le panier l’oubliera à sa prochaine modification.",
      other: "{count} produits de votre panier ne sont plus vendus : ils sont laissés de côté (identifiants de produits {ids}). Le panier les oubliera à sa prochaine modification.",
    },
    cleared: "Votre panier a été vidé : session[\"cart\"] n’existe plus.",
    rules: {
      added: "Vous avez ajouté {quantity} × {name} à votre panier.",
      updated: "Votre panier contient maintenant {quantity} × {name}.",
      removed: "Vous avez retiré {name} de votre panier.",
      removedMissing: "Vous avez retiré un produit qui n’est plus vendu.",
      unknownProduct: "Ce produit n’existe pas : il a peut-être été retiré de la boutique.",
      notInCart: "Ce produit n’est pas dans votre panier.",
      tooManyLines: "Votre panier contient au plus {max} produits différents. Retirez-en un avant d’en ajouter un autre.",
      outOfStock: "Désolé, « {name} » n’est plus en stock.",
      onlyInStock: { one: "Il ne reste que {count} exemplaire de « {name} » en stock.", other: "Il ne reste que {count} exemplaires de « {name} » en stock." },
      onlyInStockHeld: {
        one: "Il ne reste que {count} exemplaire de « {name} » en stock, et votre panier en contient déjà {held}.",
        other: "Il ne reste que {count} exemplaires de « {name} » en stock, et votre panier en contient déjà {held}.",
      },
      lineLimit: "Une ligne du panier ne peut pas dépasser {max} exemplaires, et votre panier contient déjà {held} × « {name} ».",
      quantityMissing: "Tapez une quantité.",
      quantityNotWhole: "La quantité doit être un nombre entier, comme 1 ou 2.",
      quantityTooSmall: "La quantité doit être d’au moins 1.",
      quantityTooLarge: "Le panier accepte au plus {max} exemplaires d’un même produit.",
    },
  },
  checkout: {
    title: "Validation de la commande",
    intro:
      "Pour commander, il faut être connecté, et le panier ne doit pas se perdre en chemin : la page de connexion garde les données de la session quand elle lui donne un nouvel identifiant, donc {key} est toujours là une fois que vous êtes connecté.",
    introTransaction:
      "Passer la commande, c’est une seule transaction en base de données : les prix et le stock de cet instant sont lus, chaque ligne est vérifiée, le stock est prélevé et la commande est écrite avec ses lignes, ou rien ne l’est. Alors seulement, le panier est retiré de la session. Un second clic trouve un panier vide, ou la commande qu’il aurait dupliquée.",
    summaryTitle: "Récapitulatif de la commande",
    orderingAs: "Commande au nom de {name}.",
    product: "Produit",
    quantity: "Quantité",
    total: "Total",
    changeCart: "Modifier le panier",
    youPay: "Vous payez {total} aux prix d’aujourd’hui.",
    placeOrder: "Passer la commande",
    outOfDate: "Ce formulaire n’est plus à jour. Rechargez la page et passez de nouveau la commande.",
    stale: "Vous avez passé une autre commande après l’affichage de ce récapitulatif. Vérifiez le récapitulatif ci-dessous, puis passez cette commande.",
    soldOut: "« {name} » n’est plus en stock. Rien n’a été commandé : modifiez votre panier et passez de nouveau la commande.",
    short: {
      one: "Il ne reste que {count} exemplaire de « {name} », et votre panier en demande {wanted}. Rien n’a été commandé : modifiez votre panier et passez de nouveau la commande.",
      other: "Il ne reste que {count} exemplaires de « {name} », et votre panier en demande {wanted}. Rien n’a été commandé : modifiez votre panier et passez de nouveau la commande.",
    },
  },
  orders: {
    title: "Vos commandes",
    intro:
      "Le panier vivait dans la session ; une commande vit dans la base de données, car elle doit survivre à toutes les sessions. Cette page trouve vos commandes grâce à l’identifiant d’utilisateur que la connexion a mis dans la session, jamais grâce à ce que contient l’URL, et montre chaque ligne au prix que vous avez payé, que la commande a gardé.",
    none: "Vous n’avez encore passé aucune commande. {shop}.",
    orderPageTitle: "Votre commande",
    order: "Commande n° {id}",
    orderIntro:
      "La commande a été écrite en une seule transaction, avec les prix de ce moment-là sur ses lignes. Le panier dont elle vient a disparu de la session, comme le montre le panneau de la session.",
    placed: "Merci ! Votre commande n° {id} est passée.",
    allOrders: "Toutes vos commandes",
    backToShop: "Retour à la boutique",
    product: "Produit",
    quantityAndPrice: "Quantité et prix",
    lineTotal: "Total de la ligne",
    total: "Total",
  },
};
