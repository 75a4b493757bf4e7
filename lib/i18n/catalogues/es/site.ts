import type { CatalogueShape } from "../../format";
import type { site as english } from "../en/site";

// The site's frame: shared words, the lesson list, the home page, error pages.
export const site: CatalogueShape<typeof english> = {
  meta: { description: "Sesiones web del lado del servidor, enseñadas con ejemplos que funcionan." },
  common: {
    siteName: "Sesiones con ejemplos",
    skipToContent: "Saltar al contenido",
    navLessons: "Lecciones",
    storeLabel: "almacén:",
    storeTitle: "El almacén de sesiones que usa este servidor (SESSION_STORE)",
    notConfigured: "sin configurar",
    footer: "Sesiones con ejemplos: cada lección es una página que funciona. Hecho con Next.js, iron-session y Prisma.",
    lessonEyebrow: "Lección",
    sessionNow: "Lo que guarda la sesión ahora",
    sessionEmpty: "La sesión está vacía.",
    flaskSample: "Lo mismo en Flask",
    sourceFiles: "El código de esta página",
    seeInspector: "Ver qué cambió en el inspector",
    working: "Procesando…",
    comingSoon: "próximamente",
  },
  lessons: {
    hello: { title: "Hola, sesión", summary: "Escribe tu nombre, míralo en la página siguiente, cierra la sesión." },
    basics: { title: "Lo básico de la sesión", summary: "Guardar, leer, sacar y vaciar claves; sesiones permanentes; atributos de la cookie." },
    login: { title: "Iniciar y cerrar sesión", summary: "Un formulario de acceso, un perfil protegido y una salida que termina la sesión." },
    roles: { title: "Roles", summary: "Páginas para todos los usuarios y páginas solo para administradores." },
    account: { title: "Seguridad de la cuenta", summary: "Dónde has iniciado sesión: cierra una sesión o todas las demás, tras repetir tu contraseña; cambia la contraseña." },
    adminUsers: { title: "Los usuarios y sus sesiones", summary: "Un admin desactiva, asciende y desconecta usuarios; cada cambio cuenta en su siguiente petición." },
    securityLog: { title: "Registro de seguridad", summary: "Inicios de sesión, fallos, caducidades y sesiones cerradas, sin ningún id de sesión ni contraseña." },
    shop: { title: "Carrito de compras", summary: "Añadir, ver, quitar y vaciar artículos, y pagar." },
    orders: { title: "Tus pedidos", summary: "Los pedidos sobreviven a la sesión: se buscan por el id de usuario que guardó el inicio de sesión, a los precios pagados." },
    history: { title: "Historial de visitas", summary: "Cada página que visitas, anotada en la sesión en cada petición." },
    preferences: { title: "Preferencias", summary: "Idioma, tema y notificaciones guardados en la sesión." },
    configuration: { title: "Configuración", summary: "El clásico error «secret key not set» y cada ajuste explicado." },
    stores: { title: "Almacenes de sesión", summary: "Cookie, base de datos, Redis, archivos, Memcached: qué guarda cada uno y dónde." },
    inspector: { title: "Inspector de sesión", summary: "La cookie en bruto y lo que el servidor descifra de ella." },
    timeline: { title: "Cronología de peticiones", summary: "Lo que trajo una petición, lo que hizo la capa de sesión y lo que volvió al navegador." },
    workbook: { title: "Cuaderno de ejercicios", summary: "Ejercicios para escribir tú mismo, con pruebas que dicen qué pasa." },
  },
  home: {
    title: "Sesiones con ejemplos",
    intro:
      "HTTP te olvida entre una petición y la siguiente. Una sesión es la forma en que un servidor recuerda: le da a tu navegador una cookie, y en cada petición esa cookie lleva a lo que el servidor sabe de ti: tu nombre, tu acceso o tu carrito. O la cookie lleva los datos, sellados para que no puedas leerlos ni cambiarlos, o lleva solo un identificador aleatorio, y los datos esperan en un almacén del servidor.",
    storeLine: "Este servidor guarda sus sesiones en {store}. Cámbialo con {setting}.",
    lessonsHeading: "Lecciones",
  },
  errors: {
    crossSitePost:
      "403 Prohibido: este formulario se envió desde otro sitio (Origin: {origin}), así que se rechazó y nada cambió. Usa el formulario de este sitio.",
    notFoundTitle: "Esta página no existe",
    notFoundText: "Puede que la dirección esté mal escrita o que la lección aún no exista.",
    backToLessons: "Volver a las lecciones",
    errorEyebrow: "Algo salió mal",
    errorTitle: "El servidor no pudo terminar esta página",
    errorText: "Tu sesión no ha cambiado. Inténtalo de nuevo; si sigue pasando, el registro del servidor tiene los detalles.",
    errorReference: "Referencia: {digest}",
    tryAgain: "Reintentar",
    home: "Inicio",
    configEyebrow: "Error de configuración",
    configTitle: "Las sesiones no están disponibles hasta que se corrijan los ajustes",
    configHelp: "Define las variables en el entorno o en .env.local y reinicia el servidor.",
    unavailableEyebrow: "Almacén de sesiones no disponible",
    unavailableTitle: "Las sesiones no están disponibles por un momento",
    unavailableText:
      "El servidor que guarda las sesiones ({store}) no responde, así que esta petición no se llevó a cabo y no se cambió nada. La aplicación se reconecta sola en cuanto el servidor vuelve: inténtalo de nuevo en unos segundos.",
    sessionTooLarge:
      "La sesión necesitaría una cookie de {size} bytes, por encima del límite de {limit} bytes de los navegadores, así que no se guardó nada. Quita algo de la sesión o guarda las sesiones en el servidor (SESSION_STORE=database).",
    sessionTooLargeStored:
      "La sesión ocuparía {size} bytes en el servidor, por encima de su límite de {limit} bytes (SESSION_MAX_BYTES), así que no se guardó nada. Quita algo de la sesión.",
  },
};
