import type { CatalogueShape } from "../../format";
import type { accounts as english } from "../en/accounts";

// Accounts: the header's user menu, log-in, log-out, profile, roles.
export const accounts: CatalogueShape<typeof english> = {
  roles: {
    eyebrow: "Lección: roles",
    names: { admin: "admin", user: "usuario" },
  },
  header: {
    navLabel: "Principal",
    logIn: "Iniciar sesión",
    logOut: "Cerrar sesión",
    loggedInAs: "Sesión iniciada como",
    language: "Idioma",
  },
  codeSamples: {
    flaskLogin: "Lo mismo en Flask (Flask-Login)",
    flaskLoginDecorator: "Lo mismo en Flask (Flask-Login y un decorador)",
    flaskSession: "Lo mismo en Flask (Flask-Session)",
    inExpress: "En Express (express-session):",
  },
  login: {
    pageTitle: "Iniciar sesión",
    title: "Iniciar y cerrar sesión",
    intro:
      "Iniciar sesión es una sola escritura en la sesión. Cuando la contraseña es correcta, el servidor guarda quién eres bajo {key} y pasa la sesión a un identificador nuevo, así que un identificador que alguien hubiera plantado antes en tu navegador (fijación de sesión) ya no vale nada. Cada petición posterior vuelve a leer el usuario de la sesión; al cerrar sesión, se destruye.",
    holdsUser: "La sesión tiene ahora una clave «user»: eres {name}.",
    holdsNoUser: "La sesión no tiene ninguna clave «user»: para el servidor eres anónimo.",
    loggedInTitle: "Has iniciado sesión",
    formTitle: "Iniciar sesión",
    loggedOut: "Has cerrado la sesión",
    loggedInAs: "Has iniciado sesión como {name} ({username}, rol {role}).",
    goToProfile: "Ir a tu perfil",
    switchUser: "Para entrar como otra persona, cierra antes la sesión con el botón de la parte superior de la página.",
    continueTo: "Inicia sesión para continuar a {path}.",
    demoTitle: "Cuentas de demostración",
    demoIntro: "Esta es una aplicación para aprender, así que las cuentas creadas de antemano se muestran aquí. Nunca hagas esto con cuentas reales.",
    username: "Nombre de usuario",
    password: "Contraseña",
    role: "Rol",
    sameAnswer:
      "Una contraseña incorrecta y un nombre de usuario desconocido reciben la misma respuesta, tras el mismo trabajo, así que el formulario no revela qué nombres de usuario existen.",
    submit: "Iniciar sesión",
    errorUsernameEmpty: "Escribe tu nombre de usuario.",
    errorPasswordEmpty: "Escribe tu contraseña.",
    invalidCredentials: "Nombre de usuario o contraseña incorrectos",
    sessionTooFull: "Tu sesión está demasiado llena para guardar también el inicio de sesión: vacíala en la página de lo básico y vuelve a iniciar sesión.",
    throttled: "Demasiados intentos fallidos. Vuelve a intentarlo dentro de {seconds} segundos.",
  },
  logout: {
    title: "Cerrar sesión",
    intro:
      "Cerrar sesión destruye la sesión y le dice al navegador que borre la cookie. Un almacén del lado del servidor borra lo que guarda (con el almacén de base de datos, la fila); una cookie sellada no se puede recuperar, así que con el almacén cookie avanza en su lugar la versión de sesión del usuario, lo que invalida cualquier copia de la cookie y también las sesiones del usuario en otros navegadores. Es un POST desde un botón, nunca un enlace, porque un GET no debe cambiar nada: otro sitio podría activar un enlace con una etiqueta de imagen. Además, el cierre de sesión comprueba el Origin de la petición, así que un formulario de otro sitio no puede cerrar tu sesión.",
    readyTitle: "¿Quieres salir?",
    notLoggedInTitle: "No has iniciado sesión",
    loggedInAs: "Has iniciado sesión como {name}. Cerrar sesión termina esta sesión y todo lo que contiene, carrito incluido.",
    nobody: "No hay ninguna sesión iniciada que cerrar. {logIn} primero, o pulsa el botón de todos modos para terminar esta sesión anónima.",
    logIn: "Inicia sesión",
    crossSiteRefused:
      "403 Forbidden: esta petición de cierre de sesión llegó desde otro sitio (Origin: {origin}), así que se rechazó y tu sesión no ha cambiado. Cierra la sesión con el botón de este sitio.",
  },
  profile: {
    pageTitle: "Tu perfil",
    title: "Hola, {name}",
    intro:
      "Una página protegida. Antes de leer nada, le pide a la sesión la clave {key}; sin ella te habría enviado al inicio de sesión, que después te trae de vuelta aquí. La hora de inicio de sesión de abajo sale de la sesión, donde se guardó al iniciarla. El nombre y el rol se comprueban en tu fila de usuario en cada petición, junto con la versión de sesión: una cuenta desactivada, un cambio de rol o «Cerrar sesión en todos los demás sitios» desde otro navegador cuentan al instante.",
    noStore: "La respuesta nunca se guarda en caché (Cache-Control: no-store), así que, después de cerrar sesión, el botón Atrás no puede volver a mostrarla.",
    fromSession: "De la sesión",
    name: "Nombre",
    username: "Nombre de usuario",
    role: "Rol",
    loggedInAt: "Sesión iniciada el",
    memberSince: "Miembro desde",
    memberSinceNote: "«Miembro desde» se lee de la tabla User, mediante una función que comprueba la sesión por sí misma.",
    preferencesTitle: "Tus preferencias",
    language: "Idioma",
    theme: "Tema",
    notifications: "Notificaciones",
    themes: { light: "claro", dark: "oscuro" },
    on: "activadas",
    off: "desactivadas",
    preferencesNote: "Se guardan en {key}; las que guardaste con la sesión iniciada se recuperaron al volver a entrar.",
  },
  dashboard: {
    title: "Panel",
    intro:
      "Cualquier usuario con la sesión iniciada puede ver esta página; la de administración pide más. Tu rol se copió en {key} al iniciar sesión, pero cada página y acción protegida lo comprueba en el servidor, en cada petición, con tu fila de usuario, así que un cambio de rol cuenta al instante. Ocultar un enlace no protege nada: la comprobación que cuenta se hace donde se leen los datos.",
    introRefusal:
      "Sin sesión iniciada, una página protegida te envía al inicio de sesión (y te devuelve después). Con la sesión iniciada pero sin el rol, responde {status}: redirigir al inicio de sesión solo crearía un bucle.",
    welcome: "Te damos la bienvenida, {name}",
    yourRole: "Tu rol es {role}.",
    pagesLabel: "Las páginas y quién puede abrirlas",
    profilePage: "Perfil",
    needs: "requiere: {who}",
    anyUser: "cualquier usuario",
    openToYou: "abierta para ti",
    forbiddenForYou: "403 para ti",
    linkNote: "El enlace de administración sigue visible a propósito: síguelo como usuario y verás cómo el servidor se niega.",
  },
  admin: {
    pageTitle: "Administración",
    title: "Administración: sesiones activas",
    intro:
      "Solo el rol admin abre esta página, {name}. Con un almacén que guarda en el servidor un índice de sus sesiones (base de datos, Redis, archivos), el servidor puede listarlas y terminar cualquiera: borra la sesión guardada, y la siguiente petición de ese navegador no encuentra ninguna: queda desconectado. La acción que termina una sesión vuelve a comprobar el rol admin, porque cualquiera puede enviarle un POST.",
    statelessTitle: "Este almacén no puede listar sesiones ni terminar una sola",
    statelessSealed:
      "Este servidor usa el almacén {cookie}: cada sesión va sellada (cifrada y firmada) dentro de la cookie de su propio navegador, y el servidor no guarda nada. Así que aquí no hay ninguna lista de sesiones que mostrar ni ninguna fila que borrar: el sello de una cookie, y el de cualquier copia suya, sigue siendo válido hasta que caduca.",
    statelessMemcached:
      "Este servidor usa el almacén {memcached}: las sesiones están en un servidor, pero este almacén no guarda un índice de ellas, y Memcached solo puede listar sus claves recorriendo toda su caché (lru_crawler metadump), donde cada clave es un hash que no nombra a ningún usuario. Así que aquí no hay lista que mostrar. Cada sesión termina de verdad al cerrar sesión (se borra su clave), y la versión de sesión por usuario cierra a la vez todas las sesiones de un usuario.",
    statelessVersion:
      "Terminar la sesión de otra persona exige, al fin y al cabo, algo de estado en el servidor; por ejemplo, una versión de sesión por usuario que lleve cada sello y que el servidor compare en cada petición: sube la versión y cualquier cookie anterior queda rechazada. La lección {link} hace justo eso.",
    securityLesson: "Seguridad de la cuenta",
    statelessTry: "Arranca el servidor con {setting} para ver las sesiones como filas y terminar una.",
    activeTitle: "Sesiones activas",
    count: {
      one: "{count} sesión activa ({loggedIn} con un usuario conectado).",
      other: "{count} sesiones activas ({loggedIn} con un usuario conectado).",
    },
    yourSessionNow: "Lo que guarda tu sesión ahora",
    anonymous: "Visitante anónimo",
    thisIsYou: "eres tú",
    sessionId: "id {id}…",
    endYours: "Termina la tuya con «Cerrar sesión».",
    endSession: "Terminar sesión",
    created: "Creada",
    lastSeen: "Última actividad",
    expires: "Caduca",
    notAnId: "Eso no es un identificador de sesión.",
    refusedStateless: "Este almacén no guarda una lista de sus sesiones, así que desde aquí no se puede terminar ninguna.",
    refusedNotFound: "Esa sesión ya había terminado.",
    refusedOwn: "Esa es tu propia sesión: termínala con «Cerrar sesión».",
    endedUser: "Sesión de {name} ({username}) terminada. Su próxima petición no encontrará ninguna sesión: su sesión queda cerrada.",
    endedAnonymous: "Sesión anónima terminada. Su próxima petición no encontrará ninguna sesión.",
  },
  forbidden: {
    pageTitle: "Prohibido",
    title: "Necesitas el rol {role}",
    loggedInAs: "Has iniciado sesión como {name}, cuyo rol es {role}.",
    explanation:
      "El servidor comprobó tu rol con tu fila de usuario, como hace en cada petición, y se negó. No te envió a la página de inicio de sesión: ya la has iniciado, y volver a hacerlo no cambiaría tu rol.",
    backToDashboard: "Volver al panel",
  },
};
