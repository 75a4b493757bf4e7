import type { CatalogueShape } from "../../format";
import type { accounts as english } from "../en/accounts";

// Accounts: the header's user menu, log-in, log-out, profile, roles.
export const accounts: CatalogueShape<typeof english> = {
  roles: {
    eyebrow: "Leçon : rôles",
    names: { admin: "admin", user: "utilisateur" },
  },
  header: {
    navLabel: "Principal",
    logIn: "Se connecter",
    logOut: "Se déconnecter",
    loggedInAs: "Connecté en tant que",
    language: "Langue",
  },
  codeSamples: {
    flaskLogin: "La même chose en Flask (Flask-Login)",
    flaskLoginDecorator: "La même chose en Flask (Flask-Login et un décorateur)",
    flaskSession: "La même chose en Flask (Flask-Session)",
    inExpress: "En Express (express-session) :",
  },
  login: {
    pageTitle: "Connexion",
    title: "Connexion et déconnexion",
    intro:
      "Se connecter, c’est une seule écriture dans la session. Quand le mot de passe est bon, le serveur enregistre qui vous êtes sous {key} et fait passer la session à un nouvel identifiant : un identifiant que quelqu’un aurait glissé plus tôt dans votre navigateur (fixation de session) ne vaut alors plus rien. Chaque requête suivante relit l’utilisateur dans la session ; la déconnexion la détruit.",
    holdsUser: "La session contient maintenant une clé « user » : vous êtes {name}.",
    holdsNoUser: "La session ne contient aucune clé « user » : pour le serveur, vous êtes anonyme.",
    loggedInTitle: "Vous êtes connecté",
    formTitle: "Connexion",
    loggedOut: "Vous avez été déconnecté",
    loggedInAs: "Vous êtes connecté en tant que {name} ({username}, rôle {role}).",
    goToProfile: "Aller à votre profil",
    switchUser: "Pour vous connecter avec un autre compte, déconnectez-vous d’abord avec le bouton en haut de la page.",
    continueTo: "Connectez-vous pour continuer vers {path}.",
    demoTitle: "Comptes de démonstration",
    demoIntro: "C’est une application pédagogique : les comptes créés d’office sont donc affichés ici. Ne faites jamais cela avec de vrais comptes.",
    username: "Nom d’utilisateur",
    password: "Mot de passe",
    role: "Rôle",
    sameAnswer:
      "Un mauvais mot de passe et un nom d’utilisateur inconnu reçoivent la même réponse, après le même travail : le formulaire ne révèle pas quels noms d’utilisateur existent.",
    submit: "Se connecter",
    errorUsernameEmpty: "Tapez votre nom d’utilisateur.",
    errorPasswordEmpty: "Tapez votre mot de passe.",
    invalidCredentials: "Nom d’utilisateur ou mot de passe incorrect",
    sessionTooFull: "Votre session est trop pleine pour contenir aussi une connexion : videz-la sur la page des bases, puis reconnectez-vous.",
    throttled: "Trop de tentatives échouées. Réessayez dans {seconds} secondes.",
  },
  logout: {
    title: "Déconnexion",
    intro:
      "Se déconnecter détruit la session et demande au navigateur d’effacer le cookie. Un stockage côté serveur supprime ce qu’il garde (avec le stockage en base de données, la ligne) ; un cookie scellé ne peut pas être rappelé, donc avec le stockage cookie c’est la version de session de l’utilisateur qui avance, ce qui met fin à toute copie du cookie et aussi aux sessions de l’utilisateur dans ses autres navigateurs. C’est un POST envoyé par un bouton, jamais un lien, car un GET ne doit rien changer : un autre site pourrait déclencher un lien avec une balise image. La déconnexion vérifie aussi l’en-tête Origin de la requête : un formulaire sur un autre site ne peut donc pas vous déconnecter.",
    readyTitle: "Vous partez ?",
    notLoggedInTitle: "Vous n’êtes pas connecté",
    loggedInAs: "Vous êtes connecté en tant que {name}. Se déconnecter met fin à cette session et à tout ce qu’elle contient, panier compris.",
    nobody: "Personne n’est connecté. {logIn} d’abord, ou appuyez quand même sur le bouton pour mettre fin à cette session anonyme.",
    logIn: "Connectez-vous",
    crossSiteRefused:
      "403 Forbidden : cette demande de déconnexion venait d’un autre site (Origin : {origin}) ; elle a donc été refusée et votre session n’a pas changé. Déconnectez-vous avec le bouton de ce site.",
  },
  profile: {
    pageTitle: "Votre profil",
    title: "Bonjour, {name}",
    intro:
      "Une page protégée. Avant de lire quoi que ce soit, elle demande la clé {key} à la session ; sans elle, vous auriez été envoyé vers la connexion, qui vous ramène ici ensuite. L’heure de connexion ci-dessous vient de la session, où elle a été enregistrée à votre connexion. Le nom et le rôle sont vérifiés dans votre ligne d’utilisateur à chaque requête, avec la version de session : un compte désactivé, un changement de rôle ou « Se déconnecter partout ailleurs » depuis un autre navigateur comptent aussitôt.",
    noStore: "La réponse n’est jamais mise en cache (Cache-Control: no-store) : après la déconnexion, le bouton Retour ne peut pas la réafficher.",
    fromSession: "Dans la session",
    name: "Nom",
    username: "Nom d’utilisateur",
    role: "Rôle",
    loggedInAt: "Connecté le",
    memberSince: "Membre depuis",
    memberSinceNote: "« Membre depuis » est lu dans la table User, par une fonction qui vérifie elle-même la session.",
    preferencesTitle: "Vos préférences",
    language: "Langue",
    theme: "Thème",
    notifications: "Notifications",
    themes: { light: "clair", dark: "sombre" },
    on: "activées",
    off: "désactivées",
    preferencesNote: "Gardées dans {key} ; celles que vous aviez enregistrées en étant connecté ont été rétablies à la connexion.",
  },
  dashboard: {
    title: "Tableau de bord",
    intro:
      "Tout utilisateur connecté peut voir cette page ; la page d’administration en demande davantage. Votre rôle a été copié dans {key} à la connexion, mais chaque page et chaque action protégées le vérifient sur le serveur, à chaque requête, dans votre ligne d’utilisateur : un changement de rôle compte donc aussitôt. Cacher un lien ne protège rien : la vérification qui compte se fait là où les données sont lues.",
    introRefusal:
      "Sans connexion, une page protégée vous envoie vers la page de connexion (et vous ramène ensuite). Connecté mais sans le rôle, elle répond {status} : une redirection vers la connexion tournerait en boucle.",
    welcome: "Bienvenue, {name}",
    yourRole: "Votre rôle : {role}.",
    pagesLabel: "Les pages et qui peut les ouvrir",
    profilePage: "Profil",
    needs: "accès : {who}",
    anyUser: "tout utilisateur",
    openToYou: "ouverte pour vous",
    forbiddenForYou: "403 pour vous",
    linkNote: "Le lien vers l’administration reste visible exprès : suivez-le en tant qu’utilisateur et voyez le serveur refuser.",
  },
  admin: {
    pageTitle: "Administration",
    title: "Administration : sessions actives",
    intro:
      "Seul le rôle admin ouvre cette page, {name}. Avec un stockage qui tient sur le serveur un index de ses sessions (base de données, Redis, fichiers), le serveur peut les lister et mettre fin à n’importe laquelle. Supprimez la session stockée, et la requête suivante de ce navigateur n’en trouve plus, ce qui le déconnecte. L’action qui met fin à une session vérifie de nouveau le rôle admin, car n’importe qui peut lui envoyer un POST.",
    statelessTitle: "Ce stockage ne peut ni lister les sessions ni en terminer une seule",
    statelessSealed:
      "Ce serveur utilise le stockage {cookie} : chaque session est scellée (chiffrée et signée) dans le cookie de son propre navigateur, et le serveur ne garde rien. Il n’y a donc ici ni liste de sessions à montrer ni ligne à supprimer : le sceau d’un cookie, et celui de toute copie, reste valable jusqu’à son expiration.",
    statelessMemcached:
      "Ce serveur utilise le stockage {memcached} : les sessions sont sur un serveur, mais ce stockage n’en tient pas d’index, et Memcached ne sait lister ses clés qu’en parcourant tout son cache (lru_crawler metadump), où chaque clé est un hachage qui ne nomme aucun utilisateur. Il n’y a donc pas de liste à montrer ici. Chaque session se termine pour de bon à la déconnexion (sa clé est supprimée), et la version de session par utilisateur termine d’un coup toutes les sessions d’un utilisateur.",
    statelessVersion:
      "Mettre fin à la session de quelqu’un demande donc malgré tout un peu d’état sur le serveur, par exemple une version de session par utilisateur, que chaque sceau porte et que le serveur compare à chaque requête : augmentez la version, et tout cookie plus ancien est refusé. La leçon {link} fait exactement cela.",
    securityLesson: "Sécurité du compte",
    statelessTry: "Démarrez le serveur avec {setting} pour voir les sessions sous forme de lignes, et mettre fin à l’une d’elles.",
    activeTitle: "Sessions actives",
    count: {
      one: "{count} session active ({loggedIn} avec un utilisateur connecté).",
      other: "{count} sessions actives ({loggedIn} avec un utilisateur connecté).",
    },
    yourSessionNow: "Ce que contient votre session",
    anonymous: "Visiteur anonyme",
    thisIsYou: "c’est vous",
    sessionId: "id {id}…",
    endYours: "Terminez la vôtre avec « Se déconnecter ».",
    endSession: "Terminer la session",
    created: "Créée",
    lastSeen: "Dernière activité",
    expires: "Expire",
    notAnId: "Ce n’est pas un identifiant de session.",
    refusedStateless: "Ce stockage ne tient pas de liste de ses sessions : aucune ne peut être terminée d’ici.",
    refusedNotFound: "Cette session est déjà terminée.",
    refusedOwn: "C’est votre propre session : terminez-la avec « Se déconnecter ».",
    endedUser: "Session de {name} ({username}) terminée. La prochaine requête de ce navigateur ne trouvera aucune session : il est déconnecté.",
    endedAnonymous: "Session anonyme terminée. La prochaine requête de ce navigateur ne trouvera aucune session : il est déconnecté.",
  },
  forbidden: {
    pageTitle: "Accès interdit",
    title: "Il vous faut le rôle {role}",
    loggedInAs: "Vous êtes connecté en tant que {name}, dont le rôle est {role}.",
    explanation:
      "Le serveur a vérifié votre rôle dans votre ligne d’utilisateur, comme à chaque requête, et a refusé. Il ne vous a pas renvoyé vers la page de connexion : vous êtes déjà connecté, et vous reconnecter ne changerait pas votre rôle.",
    backToDashboard: "Retour au tableau de bord",
  },
};
