import type { CatalogueShape } from "../../format";
import type { site as english } from "../en/site";

// The site's frame: shared words, the lesson list, the home page, error pages.
export const site: CatalogueShape<typeof english> = {
  meta: { description: "Les sessions web côté serveur, enseignées par des exemples qui marchent." },
  common: {
    siteName: "Les sessions par l’exemple",
    skipToContent: "Aller au contenu",
    navLessons: "Leçons",
    storeLabel: "stockage :",
    storeTitle: "Le stockage de sessions de ce serveur (SESSION_STORE)",
    notConfigured: "non configuré",
    footer: "Les sessions par l’exemple : chaque leçon est une page qui fonctionne. Construit avec Next.js, iron-session et Prisma.",
    lessonEyebrow: "Leçon",
    sessionNow: "Ce que contient la session",
    sessionEmpty: "La session est vide.",
    flaskSample: "La même chose en Flask",
    sourceFiles: "Le code de cette page",
    seeInspector: "Voir ce qui a changé dans l’inspecteur",
    working: "En cours…",
    comingSoon: "bientôt",
  },
  lessons: {
    hello: { title: "Bonjour, session", summary: "Tapez votre nom, retrouvez-le sur la page suivante, déconnectez-vous." },
    basics: { title: "Les bases de la session", summary: "Écrire, lire, retirer et vider des clés ; sessions permanentes ; attributs du cookie." },
    login: { title: "Connexion et déconnexion", summary: "Un formulaire de connexion, un profil protégé et une déconnexion qui termine la session." },
    roles: { title: "Rôles", summary: "Des pages pour tous les utilisateurs et des pages réservées aux administrateurs." },
    account: { title: "Sécurité du compte", summary: "Où vous êtes connecté : fermer une session ou toutes les autres, après avoir redonné votre mot de passe ; changer de mot de passe." },
    adminUsers: { title: "Les utilisateurs et leurs sessions", summary: "Un admin désactive, promeut et déconnecte des utilisateurs ; chaque changement compte dès leur requête suivante." },
    securityLog: { title: "Journal de sécurité", summary: "Connexions, échecs, expirations et sessions fermées, sans identifiant de session ni mot de passe." },
    shop: { title: "Panier", summary: "Ajouter, voir, retirer et vider des articles, puis payer." },
    orders: { title: "Vos commandes", summary: "Les commandes survivent à la session : retrouvées par l’identifiant d’utilisateur que la connexion a enregistré, aux prix payés." },
    history: { title: "Historique des visites", summary: "Chaque page visitée, notée dans la session à chaque requête." },
    preferences: { title: "Préférences", summary: "Langue, thème et notifications gardés dans la session." },
    configuration: { title: "Configuration", summary: "L’erreur classique « secret key not set », et chaque réglage expliqué." },
    stores: { title: "Stockages de session", summary: "Cookie, base de données, Redis, fichiers, Memcached : qui garde quoi, et où." },
    inspector: { title: "Inspecteur de session", summary: "Le cookie brut et ce que le serveur en décode." },
    timeline: { title: "Chronologie des requêtes", summary: "Ce qu’une requête apporte, ce que fait la couche de session, et ce qui repart au navigateur." },
    workbook: { title: "Cahier d’exercices", summary: "Des exercices à écrire vous-même, avec des vérifications qui disent ce qui passe." },
  },
  home: {
    title: "Les sessions par l’exemple",
    intro:
      "HTTP vous oublie d’une requête à l’autre. Une session, c’est la mémoire du serveur : il donne un cookie à votre navigateur, et à chaque requête ce cookie ramène à ce que le serveur sait de vous : votre nom, votre connexion ou votre panier. Soit le cookie porte lui-même les données, scellées pour que vous ne puissiez ni les lire ni les modifier, soit il ne porte qu’un identifiant aléatoire, et les données attendent dans un stockage sur le serveur.",
    storeLine: "Ce serveur garde ses sessions dans {store}. Changez-le avec {setting}.",
    lessonsHeading: "Leçons",
  },
  errors: {
    crossSitePost:
      "403 Interdit : ce formulaire a été envoyé depuis un autre site (Origin : {origin}) ; il a été refusé et rien n’a changé. Utilisez le formulaire de ce site.",
    notFoundTitle: "Cette page n’existe pas",
    notFoundText: "L’adresse est peut-être mal tapée, ou la leçon n’existe pas encore.",
    backToLessons: "Retour aux leçons",
    errorEyebrow: "Un problème est survenu",
    errorTitle: "Le serveur n’a pas pu terminer cette page",
    errorText: "Votre session n’a pas changé. Réessayez ; si cela se reproduit, le journal du serveur a les détails.",
    errorReference: "Référence : {digest}",
    tryAgain: "Réessayer",
    home: "Accueil",
    configEyebrow: "Erreur de configuration",
    configTitle: "Les sessions sont indisponibles tant que les réglages ne sont pas corrigés",
    configHelp: "Définissez les variables dans l’environnement ou dans .env.local, puis redémarrez le serveur.",
    unavailableEyebrow: "Stockage des sessions indisponible",
    unavailableTitle: "Les sessions sont indisponibles pour un moment",
    unavailableText:
      "Le serveur qui garde les sessions ({store}) ne répond pas : cette requête n’a pas été exécutée et rien n’a changé. L’application se reconnecte d’elle-même dès que le serveur revient : réessayez dans quelques secondes.",
    sessionTooLarge:
      "La session demanderait un cookie de {size} octets, au-delà de la limite de {limit} octets des navigateurs : rien n’a été enregistré. Retirez quelque chose de la session, ou gardez les sessions sur le serveur (SESSION_STORE=database).",
    sessionTooLargeStored:
      "La session occuperait {size} octets sur le serveur, au-delà de sa limite de {limit} octets (SESSION_MAX_BYTES) : rien n’a été enregistré. Retirez quelque chose de la session.",
  },
};
