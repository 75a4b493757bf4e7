import type { CatalogueShape } from "../../format";
import type { tools as english } from "../en/tools";

// The tools: visit history and the session inspector.
export const tools: CatalogueShape<typeof english> = {
  history: {
    title: "Historial de visitas",
    intro:
      "Si tienes una sesión, cada página que abres se escribe en ella antes de que la página se renderice. El proxy de Next.js ({proxy}, llamado middleware antes de Next.js 16) se ejecuta antes de cada petición, pone la visita al principio de {key}, conserva las últimas {limit} y entrega la sesión actualizada a la página. Por eso esta página ya aparece en su propia lista.",
    everyVisitor:
      "Una visita sola nunca empieza una sesión: el proxy registra visitas solo para un navegador que ya tiene una, porque escribiste un nombre, elegiste un idioma, añadiste algo al carrito, iniciaste sesión o pulsaste el botón de abajo. El manejador {hook} de Flask escribiría en la sesión de cada visitante, y Flask enviaría entonces una cookie a todos; con las sesiones guardadas en el servidor, eso es una sesión guardada por cada rastreador o script que nunca devuelve la cookie. Así que aquí, como con saveUninitialized: false de express-session, la sesión empieza con lo primero que hace el visitante.",
    noSessionTitle: "Sin sesión, así que aún no hay historial",
    noSession:
      "Tu navegador no envió ninguna cookie de sesión, y leer páginas no crea ninguna. Empieza una sesión para registrar tus visitas a partir de ahora, o haz algo que guarde en la sesión (elegir un idioma, añadir al carrito).",
    visitsTitle: "Tus últimas {limit} visitas",
    empty: "Todavía no hay visitas registradas. Abre otra lección, o recarga esta página, y aparecerá aquí.",
    kept: "Las más recientes primero; se conservan {count} de {limit}. Las precargas, las imágenes, los archivos propios de Next.js y los envíos de formularios no son visitas, así que no aparecen.",
    clear: "Borrar el historial",
    start: "Empezar a registrar",
    started: 'session["history"] = []: tu sesión ha empezado. La próxima página que abras es su primera visita.',
    cleared: 'session.pop("history"): el historial está vacío. Si tu sesión no tenía nada más, terminó con él, cookie incluida, y el registro se detiene hasta que lo vuelvas a empezar.',
    whereTitle: "Dónde se registra la visita",
    stepRequest: "Tu navegador pide una página: una carga completa, o una navegación del lado del cliente cuando sigues un enlace (un GET con la cabecera {header}). Las dos son visitas.",
    stepProxy:
      "Antes de que se ejecute el código de la página, {proxy} omite lo que no es una visita (prefetches, archivos, {next}, {api}, envíos de formularios) y toda petición sin cookie de sesión; luego carga tu sesión a través del almacén activo, añade la visita y guarda: el almacén de base de datos actualiza tu fila, el almacén de cookie sella una cookie nueva.",
    stepTwice:
      "Cuando la cookie cambia (el nuevo sellado del almacén de cookies, o el id de una sesión recién creada), la pone dos veces: en la petición que pasa a la página, para que esta muestre el historial nuevo, y en la respuesta, para que tu navegador la guarde. Si se olvida la primera, la página muestra el historial con una visita de retraso. El id de un almacén del lado del servidor no cambia: ahí solo cambia la fila, y la respuesta no pone ninguna cookie.",
    exception:
      "Una excepción: cuando la acción de servidor de un formulario redirige, Next.js renderiza la página de destino dentro del POST de la acción (se la pide a sí mismo), y solo la cookie de la acción llega a tu navegador. Con el almacén de cookies, una visita registrada ahí se perdería, así que el proxy la omite con todos los almacenes: esa página aparece aquí a partir de la siguiente petición, una recarga o un enlace.",
    neverStops: "Una cookie rota o ausente nunca detiene una página: si el proxy no puede registrar una visita, deja pasar la petición sin cambios.",
  },
  inspector: {
    title: "Inspector de sesiones",
    eyebrow: "Herramienta",
    intro:
      "Una sesión, vista de tres maneras, en el orden en que las encuentra una petición: {one} la cookie que envió tu navegador, {two} la sesión que el servidor decodificó a partir de ella y {three} lo que el almacén guarda en el servidor. Los ajustes que deciden las tres están en «Los detalles», al final de la página.",
    tryIt:
      "Cambia algo en otra lección y vuelve: abrir esta página también es una visita, así que su propia visita ya está en el historial de abajo. Pruébalo con los dos almacenes ({cookieStore} y {databaseStore}) y compara la cookie.",
    verdictLabel: "Veredicto sobre la cookie",
    verdict: {
      validTitle: "Tu navegador envió una cookie de sesión válida.",
      validBody: "El almacén {store} la aceptó, y el servidor decodificó la sesión que ves abajo.",
      absentTitle: "Tu navegador no envió ninguna cookie de sesión.",
      absentBody:
        "Así que no hay sesión: el servidor trata esta petición como la de un visitante nuevo. Leer páginas nunca crea una; lo primero que guardas (un nombre, un idioma, el carrito) sí.",
      refusedTitle: "La cookie de sesión que envió tu navegador no es válida.",
      refusedBody: "El servidor la ignora y trata esta petición como la de un visitante nuevo: {reasons}. Ningún error, ningún dato sacado de ella: una cookie rechazada es simplemente ninguna sesión.",
      deletedTitle: "La cookie de sesión que envió tu navegador no era válida, así que se borró.",
      deletedBody:
        "El servidor no pudo aceptarla: {reasons}. No se conservó nada de ella, y la respuesta indica a tu navegador que la borre. No se empezó ninguna sesión nueva en su lugar: una visita a una página sola nunca empieza una.",
      reasonsServer: "se modificó (el id ya no corresponde a ninguna fila), la sesión caducó o se terminó en el servidor (un cierre de sesión, un administrador)",
      reasonsCookie: "se modificó (un solo carácter erróneo rompe el sello), la sesión caducó o se selló con otro SESSION_SECRET",
    },
    cookieTitle: "1. La cookie que envió tu navegador",
    noCookie: "Esta petición no trajo ninguna cookie {name}.",
    cookieHashIntro: "Lo que llegó en la cabecera {header} de la petición, con el nombre {name}, es un token aleatorio que abre la sesión a quien lo envíe, así que esta página muestra solo el comienzo de su SHA-256, como empieza la clave del almacén; el token solo viaja en Set-Cookie y en {header}:",
    cookieIntro: "Exactamente lo que llegó en la cabecera {header} de la petición, con el nombre {name}:",
    size: "Tamaño (nombre=valor)",
    sizeValue: "{size} de {limit} bytes",
    dropsIt: "El navegador la descarta",
    dropsAt: "{time} (Max-Age {seconds} s)",
    browserCloses: "al cerrarse el navegador",
    sizeMeter: "Tamaño de la cookie",
    sizeLimit: "Los navegadores descartan sin avisar una cookie de más de {limit} bytes, así que el servidor se niega a escribir una tan grande.",
    decodedTitle: "2. Lo que decodificó el servidor",
    decodedNone: "Nada: la cookie no llevó a ninguna sesión, así que el servidor trata esta petición como la de un visitante nuevo, con una sesión vacía.",
    created: "Creada",
    expiresOnServer: "Caduca en el servidor",
    permanent: "Permanente",
    permanentYes: "sí (la cookie tiene Max-Age)",
    permanentNo: "no (una cookie de sesión del navegador)",
    expiryMoves:
      "El servidor termina una sesión tras SESSION_IDLE_SECONDS sin peticiones, o SESSION_TTL_SECONDS después de empezar, lo que llegue antes. Se guía por las horas guardadas en la sesión, nunca por el Max-Age de la cookie. Cada escritura de la sesión renueva el tiempo de inactividad (cada visita a una página escribe el historial); una petición que no cambia nada lo renueva como mucho una vez por minuto.",
    storedTitle: "3. Lo que el almacén guarda en el servidor",
    storedInCookie:
      "No se guarda nada en el servidor. Con el almacén {store}, la cookie es toda la sesión: los datos van sellados dentro (cifrados y firmados con {secret}), y el servidor los decodifica en cada petición. El servidor no puede listar esas sesiones ni terminar una sola: puede pedir a este navegador que borre su cookie, o rechazar a la vez todas las cookies de un usuario subiendo su versión de sesión.",
    storedNoCookie: "No hay cookie, así que no hay ninguna fila que buscar.",
    storedNoRow: "Ninguna fila corresponde a esta cookie: el servidor no guarda nada para ella.",
    storedIntro:
      "La cookie solo lleva un id aleatorio. El servidor busca la fila guardada bajo su hash SHA-256, de modo que quien lea la tabla sigue sin poder presentar una cookie.",
    storedLabels: {
      table: "Tabla",
      idHash: "idHash (SHA-256 del id de la cookie)",
      key: "Clave de Redis (prefijo + SHA-256 del id de la cookie)",
      ttl: "TTL (Redis borra la clave cuando se agota, una hora después de que la sesión caduque, para que una petición tardía sepa por qué)",
      value: "Valor (la sesión entera, en JSON)",
    },
    settingsTitle: "El almacén activo y sus ajustes",
    ttlValue: { one: "{seconds} ({count} día)", other: "{seconds} ({count} días)" },
    secretValue: { one: "definido: {count} secreto, el más reciente de {length} caracteres", other: "definido: {count} secretos (el más reciente primero; los antiguos se siguen leyendo), el más reciente de {length} caracteres" },
    idleValue: { one: "{seconds} ({count} minuto sin peticiones)", other: "{seconds} ({count} minutos sin peticiones)" },
    absoluteNote: "absoluto: ninguna sesión dura más",
    bindValue: { off: "off: la sesión no está ligada a un navegador", ua: "ua: la sesión termina si su cookie llega desde otro navegador", "ua+ip": "ua+ip: la sesión termina si su cookie llega desde otro navegador u otra dirección" },
    endingTitle: "Terminar una sesión, y dos peticiones a la vez",
    endingCookie:
      "Cerrar sesión borra la cookie, pero una copia tomada antes sigue siendo un sello válido. Para que esa copia no pueda reutilizarse, el cierre de sesión también avanza la versión de sesión del usuario en la base de datos, que cada petición comprueba: la copia se rechaza, y también las sesiones del usuario en los demás navegadores. Un almacén sin estado puede terminar todas las sesiones de un usuario, nunca solo una. Dos peticiones a la vez responden cada una con una cookie nueva completa, y el navegador se queda con la última que llega: uno de los dos cambios se pierde (gana la última escritura).",
    endingServer:
      'Cerrar sesión borra la sesión guardada: una copia de la cookie apunta a algo que ya no existe, y las demás sesiones del usuario siguen. Dos peticiones a la vez cuentan las dos: el cambio de cada una se aplica sobre la sesión tal como está guardada en ese momento, de forma atómica ({how}), así que cincuenta "añadir al carrito" a la vez añaden cincuenta.',
    atomicWrite: {
      database: "un UPDATE que solo escribe si la fila sigue como se leyó, repetido si hay conflicto",
      redis: "un script Lua que solo escribe si la clave sigue como se leyó, repetido si hay conflicto",
      file: "un archivo de bloqueo por sesión, así que un solo escritor a la vez, y luego un archivo temporal renombrado sobre el anterior",
      memcached: "gets y cas: Memcached rechaza la escritura si alguien escribió después de la lectura, y el almacén vuelve a leer",
    },
    secretNote: "El secreto nunca se muestra: quien lo conoce puede falsificar cualquier sesión.",
    seeHistory: "El proxy registra cada visita: consulta la lección «{link}».",
    historyLink: "Historial de visitas",
  },
};
