import type { CatalogueShape } from "../../format";
import type { shop as english } from "../en/shop";

// The shopping-cart lesson: shop, cart, checkout, orders.
export const shop: CatalogueShape<typeof english> = {
  shop: {
    eyebrow: "Lección · Carrito de compras",
    title: "Tienda",
    intro:
      "El carrito de compras es el ejemplo clásico de sesión: acompaña al visitante de página en página antes de que nadie haya iniciado sesión. Añade algo y la acción del servidor comprueba el producto, la cantidad y las existencias en la base de datos, y luego vuelve a escribir el carrito en la sesión. En el panel de la sesión, {key} guarda solo identificadores de producto y cantidades, como {example}.",
    introPrices:
      "Los precios nunca viven en la sesión. Los nombres y los precios se leen de la base de datos cada vez que una página los muestra, así que un cambio de precio llega a todos los carritos a la vez, y nada de lo que envíe un navegador puede decidir cuánto paga.",
    productsLabel: "Productos",
    inStock: { one: "{count} disponible", other: "{count} disponibles" },
    outOfStock: "Agotado",
    addToCart: "Añadir al carrito",
  },
  cart: {
    title: "Tu carrito",
    intro:
      "Todo lo que ves en esta página se calcula a partir de dos cosas: los identificadores y las cantidades de {key}, y los nombres y precios que tiene la base de datos en este momento. El total de cada línea y el del carrito son céntimos enteros, multiplicados y sumados en el servidor.",
    introChanges: "Cambiar una cantidad o quitar una línea ejecuta una acción del servidor que escribe un carrito nuevo en la sesión; vaciarlo saca la clave, como hace {code} en Flask.",
    withItems: "Tu carrito: {items}",
    withItemsAndTotal: "Tu carrito: {items}, {total}",
    items: { one: "{count} artículo", other: "{count} artículos" },
    viewCart: "Ver el carrito",
    quantity: "Cantidad",
    linesLabel: "Líneas del carrito",
    each: "{price} la unidad",
    update: "Actualizar",
    remove: "Quitar",
    total: "Total",
    clear: "Vaciar el carrito",
    continueShopping: "Seguir comprando",
    checkOut: "Finalizar compra",
    empty: "Tu carrito está vacío.",
    emptyHint: "{shop} para añadir algo.",
    emptyHintOrders: "{shop} para añadir algo, o consulta {orders}.",
    goToShop: "Ve a la tienda",
    yourOrders: "tus pedidos",
    missing: {
      one: "Un producto de tu carrito ya no está a la venta, así que queda fuera (id de producto {ids}). El carrito lo olvidará la próxima vez que cambie.",
      other: "{count} productos de tu carrito ya no están a la venta, así que quedan fuera (ids de producto {ids}). El carrito los olvidará la próxima vez que cambie.",
    },
    cleared: "Has vaciado tu carrito: session[\"cart\"] ya no existe.",
    rules: {
      added: "Has añadido {quantity} × {name} a tu carrito.",
      updated: "Ahora tienes {quantity} × {name} en tu carrito.",
      removed: "Has quitado {name} de tu carrito.",
      removedMissing: "Has quitado un producto que ya no está a la venta.",
      unknownProduct: "Ese producto no existe: puede que lo hayan retirado de la tienda.",
      notInCart: "Ese producto no está en tu carrito.",
      tooManyLines: "Tu carrito admite como máximo {max} productos distintos. Quita uno antes de añadir otro.",
      outOfStock: "Lo sentimos, «{name}» está agotado.",
      onlyInStock: { one: "Solo queda {count} unidad de «{name}».", other: "Solo quedan {count} unidades de «{name}»." },
      onlyInStockHeld: {
        one: "Solo queda {count} unidad de «{name}», y tu carrito ya tiene {held}.",
        other: "Solo quedan {count} unidades de «{name}», y tu carrito ya tiene {held}.",
      },
      lineLimit: "Una línea del carrito admite como máximo {max} unidades, y tu carrito ya tiene {held} × «{name}».",
      quantityMissing: "Escribe una cantidad.",
      quantityNotWhole: "La cantidad debe ser un número entero, como 1 o 2.",
      quantityTooSmall: "La cantidad debe ser al menos 1.",
      quantityTooLarge: "En el carrito caben como máximo {max} unidades de un mismo producto.",
    },
  },
  checkout: {
    title: "Finalizar compra",
    intro:
      "Para pagar hay que iniciar sesión, y el carrito no debe perderse por el camino: la página de inicio de sesión conserva los datos de la sesión cuando le da un identificador nuevo, así que {key} sigue aquí después de que inicies sesión.",
    introTransaction:
      "Hacer el pedido es una sola transacción de base de datos: se leen los precios y las existencias de este momento, se comprueba cada línea, se descuentan las existencias y se escribe el pedido con sus líneas, o no se escribe nada. Solo entonces se saca el carrito de la sesión. Un segundo clic encuentra un carrito vacío, o el pedido que habría duplicado.",
    summaryTitle: "Resumen del pedido",
    orderingAs: "Pedido a nombre de {name}.",
    product: "Producto",
    quantity: "Cantidad",
    total: "Total",
    changeCart: "Cambiar el carrito",
    youPay: "Pagas {total} con los precios de hoy.",
    placeOrder: "Hacer el pedido",
    outOfDate: "Este formulario está desactualizado. Recarga la página y vuelve a hacer el pedido.",
    stale: "Hiciste otro pedido después de que se mostrara este resumen. Revisa el resumen de abajo y luego haz este pedido.",
    soldOut: "«{name}» está agotado. No se ha pedido nada: cambia tu carrito y vuelve a hacer el pedido.",
    short: {
      one: "Solo queda {count} unidad de «{name}», y tu carrito pide {wanted}. No se ha pedido nada: cambia tu carrito y vuelve a hacer el pedido.",
      other: "Solo quedan {count} unidades de «{name}», y tu carrito pide {wanted}. No se ha pedido nada: cambia tu carrito y vuelve a hacer el pedido.",
    },
  },
  orders: {
    title: "Tus pedidos",
    intro:
      "El carrito vivía en la sesión; un pedido vive en la base de datos, porque debe durar más que cualquier sesión. Esta página busca tus pedidos por el identificador de usuario que el inicio de sesión puso en la sesión, nunca por nada que venga en la URL, y muestra cada línea al precio que pagaste, que el pedido conservó.",
    none: "Todavía no has hecho ningún pedido. {shop}.",
    orderPageTitle: "Tu pedido",
    order: "Pedido n.º {id}",
    orderIntro:
      "El pedido se escribió en una sola transacción, con los precios de ese momento en sus líneas. El carrito del que salió ya no está en la sesión, como muestra el panel de la sesión.",
    placed: "¡Gracias! Tu pedido n.º {id} está hecho.",
    allOrders: "Todos tus pedidos",
    backToShop: "Volver a la tienda",
    product: "Producto",
    quantityAndPrice: "Cantidad y precio",
    lineTotal: "Total de la línea",
    total: "Total",
  },
};
