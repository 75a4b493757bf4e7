import type { CatalogueShape } from "../../format";
import type { tools as english } from "../en/tools";

// The tools: visit history and the session inspector.
export const tools: CatalogueShape<typeof english> = {
  history: {
    title: "Historique des visites",
    intro:
      "Dès que vous avez une session, chaque page que vous ouvrez y est inscrite avant que la page ne s’affiche. Le proxy de Next.js ({proxy}, appelé middleware avant Next.js 16) passe avant chaque requête, place la visite en tête de {key}, garde les {limit} dernières et transmet la session mise à jour à la page. Cette page figure donc déjà dans sa propre liste.",
    everyVisitor:
      "Une visite seule n’ouvre jamais de session : le proxy n’enregistre les visites que d’un navigateur qui en détient déjà une, parce que vous avez saisi un nom, choisi une langue, ajouté au panier, ouvert une session ou appuyé sur le bouton ci-dessous. Le gestionnaire {hook} de Flask écrirait dans la session de chaque visiteur, et Flask enverrait alors un cookie à tous ; avec des sessions gardées sur le serveur, c’est une session stockée pour chaque robot ou script qui ne renvoie jamais le cookie. Ici donc, comme avec saveUninitialized: false d’express-session, une session commence avec la première chose que fait le visiteur.",
    noSessionTitle: "Pas de session, donc pas encore d’historique",
    noSession:
      "Votre navigateur n’a envoyé aucun cookie de session, et lire des pages n’en crée pas. Ouvrez une session pour enregistrer vos visites à partir de maintenant, ou faites quelque chose qui enregistre dans la session (choisir une langue, ajouter au panier).",
    visitsTitle: "Vos {limit} dernières visites",
    empty: "Aucune visite enregistrée pour l’instant. Ouvrez une autre leçon, ou rechargez cette page, et elle apparaîtra ici.",
    kept: "Les plus récentes d’abord ; {count} sur {limit} conservées. Les préchargements, les images, les fichiers propres à Next.js et les envois de formulaires ne sont pas des visites : ils ne sont pas listés.",
    clear: "Effacer l’historique",
    start: "Commencer l’enregistrement",
    started: 'session["history"] = [] : votre session a commencé. La prochaine page que vous ouvrirez sera sa première visite.',
    cleared: 'session.pop("history") : l’historique est vide. Si votre session ne contenait rien d’autre, elle s’est terminée avec lui, cookie compris, et l’enregistrement s’arrête jusqu’à ce que vous le relanciez.',
    whereTitle: "Où la visite est enregistrée",
    stepRequest: "Votre navigateur demande une page : un chargement complet, ou une navigation côté client quand vous suivez un lien (un GET avec l’en-tête {header}). Les deux sont des visites.",
    stepProxy:
      "Avant que le code de la page ne s’exécute, {proxy} écarte ce qui n’est pas une visite (préchargements, fichiers, {next}, {api}, envois de formulaires) et toute requête sans cookie de session, puis charge votre session via le stockage actif, ajoute la visite et enregistre : le stockage en base de données met à jour votre ligne, le stockage en cookie scelle un nouveau cookie.",
    stepTwice:
      "Il pose le nouveau cookie deux fois : sur la requête qu’il transmet, pour que cette page affiche le nouvel historique, et sur la réponse, pour que votre navigateur le garde. Oubliez la première, et la page affiche l’historique avec une visite de retard.",
    exception:
      "Une exception : quand l’action serveur d’un formulaire redirige, Next.js affiche la page de destination à l’intérieur du POST de l’action (il se la demande à lui-même), et seul le cookie de l’action parvient à votre navigateur. Avec le stockage cookie, une visite enregistrée là serait perdue ; le proxy l’ignore donc avec tous les stockages : cette page apparaît ici à partir de la requête suivante, un rechargement ou un lien.",
    neverStops: "Un cookie abîmé ou absent n’arrête jamais une page : si le proxy ne peut pas enregistrer une visite, il laisse passer la requête telle quelle.",
  },
  inspector: {
    title: "Inspecteur de session",
    eyebrow: "Outil",
    intro:
      "Une session, vue de trois façons, dans l’ordre où une requête les rencontre : {one} le cookie envoyé par votre navigateur, {two} la session que le serveur en a décodée, et {three} ce que le stockage garde sur le serveur. Les réglages qui décident des trois sont dans « Les détails », en bas de la page.",
    tryIt:
      "Changez quelque chose dans une autre leçon, puis revenez : ouvrir cette page est aussi une visite, sa propre visite figure donc déjà dans l’historique ci-dessous. Essayez avec les deux stockages ({cookieStore} et {databaseStore}) et comparez le cookie.",
    verdictLabel: "Verdict sur le cookie",
    verdict: {
      validTitle: "Votre navigateur a envoyé un cookie de session valide.",
      validBody: "Le stockage {store} l’a accepté, et le serveur a décodé la session affichée ci-dessous.",
      absentTitle: "Votre navigateur n’a envoyé aucun cookie de session.",
      absentBody:
        "Il n’y a donc pas de session : le serveur traite cette requête comme celle d’un nouveau visiteur. Lire des pages n’en crée jamais ; la première chose que vous enregistrez (un nom, une langue, le panier) en crée une.",
      refusedTitle: "Le cookie de session envoyé par votre navigateur n’est pas valide.",
      refusedBody: "Le serveur l’ignore et traite cette requête comme celle d’un nouveau visiteur : {reasons}. Pas d’erreur, aucune donnée tirée de lui : un cookie refusé, c’est simplement pas de session.",
      deletedTitle: "Le cookie de session envoyé par votre navigateur n’était pas valide ; il a donc été supprimé.",
      deletedBody:
        "Le serveur n’a pas pu l’accepter : {reasons}. Rien n’en a été gardé, et la réponse demande à votre navigateur de le supprimer. Aucune nouvelle session n’a été ouverte à sa place : une simple visite de page n’en ouvre jamais.",
      reasonsServer: "il a été modifié (l’id ne désigne plus aucune ligne), la session a expiré, ou elle a été terminée sur le serveur (une déconnexion, un administrateur)",
      reasonsCookie: "il a été modifié (un seul caractère faux brise le sceau), la session a expiré, ou il a été scellé avec un autre SESSION_SECRET",
    },
    cookieTitle: "1. Le cookie envoyé par votre navigateur",
    noCookie: "Aucun cookie {name} n’est venu avec cette requête.",
    cookieHashIntro: "Ce qui est arrivé dans l’en-tête {header} de la requête, sous le nom {name}, est un jeton aléatoire qui ouvre la session à quiconque l’envoie : cette page n’en montre que le début du SHA-256, comme commence la clé du stockage ; le jeton lui-même ne voyage que dans Set-Cookie et {header} :",
    cookieIntro: "Exactement ce qui est arrivé dans l’en-tête {header} de la requête, sous le nom {name} :",
    size: "Taille (nom=valeur)",
    sizeValue: "{size} octets sur {limit}",
    dropsIt: "Le navigateur le supprime",
    dropsAt: "{time} (Max-Age {seconds} s)",
    browserCloses: "à la fermeture du navigateur",
    sizeMeter: "Taille du cookie",
    sizeLimit: "Les navigateurs abandonnent sans rien dire un cookie de plus de {limit} octets ; le serveur refuse donc d’en écrire un aussi gros.",
    decodedTitle: "2. Ce que le serveur a décodé",
    decodedNone: "Rien : le cookie n’a mené à aucune session, le serveur traite donc cette requête comme celle d’un nouveau visiteur, avec une session vide.",
    created: "Créée le",
    expiresOnServer: "Expire sur le serveur le",
    permanent: "Permanente",
    permanentYes: "oui (le cookie a un Max-Age)",
    permanentNo: "non (un cookie de session du navigateur)",
    expiryMoves:
      "Le serveur met fin à une session après SESSION_IDLE_SECONDS sans requête, ou SESSION_TTL_SECONDS après son début, au premier des deux termes. Il se fie aux heures gardées dans la session, jamais au Max-Age du cookie. Chaque écriture de la session renouvelle le délai d’inactivité (chaque visite de page écrit l’historique) ; une requête qui ne change rien le renouvelle au plus une fois par minute.",
    storedTitle: "3. Ce que le stockage garde sur le serveur",
    storedInCookie:
      "Rien n’est gardé sur le serveur. Avec le stockage {store}, le cookie est toute la session : les données y sont scellées (chiffrées et signées avec {secret}), et le serveur les décode à chaque requête. Le serveur ne peut ni lister de telles sessions ni en terminer une seule : il peut demander à ce navigateur de supprimer son cookie, ou refuser d’un coup tous les cookies d’un utilisateur en augmentant sa version de session.",
    storedNoCookie: "Pas de cookie, donc aucune ligne à chercher.",
    storedNoRow: "Aucune ligne ne correspond à ce cookie : le serveur ne garde rien pour lui.",
    storedIntro:
      "Le cookie ne porte qu’un id aléatoire. Le serveur cherche la ligne enregistrée sous son empreinte SHA-256 : quelqu’un qui lit la table ne peut toujours pas présenter de cookie.",
    storedLabels: {
      table: "Table",
      idHash: "idHash (SHA-256 de l’id du cookie)",
      key: "Clé Redis (préfixe + SHA-256 de l’id du cookie)",
      ttl: "TTL (Redis supprime la clé quand il arrive à zéro, une heure après l’expiration de la session, pour qu’une requête tardive sache pourquoi)",
      value: "Valeur (toute la session, en JSON)",
    },
    settingsTitle: "Le stockage actif et ses réglages",
    ttlValue: { one: "{seconds} ({count} jour)", other: "{seconds} ({count} jours)" },
    secretValue: { one: "défini : {count} secret, le plus récent de {length} caractères", other: "défini : {count} secrets (le plus récent d’abord ; les anciens sont encore lus), le plus récent de {length} caractères" },
    idleValue: { one: "{seconds} ({count} minute sans requête)", other: "{seconds} ({count} minutes sans requête)" },
    absoluteNote: "absolu : aucune session ne dure plus longtemps",
    bindValue: { off: "off : la session n’est liée à aucun navigateur", ua: "ua : la session prend fin si son cookie arrive d’un autre navigateur", "ua+ip": "ua+ip : la session prend fin si son cookie arrive d’un autre navigateur ou d’une autre adresse" },
    endingTitle: "Mettre fin à une session, et deux requêtes à la fois",
    endingCookie:
      "La déconnexion supprime le cookie, mais une copie prise avant reste un sceau valide. Pour qu’une copie ne puisse pas être rejouée, la déconnexion fait aussi avancer la version de session de l’utilisateur dans la base, que chaque requête vérifie : la copie est refusée, et avec elle les sessions de l’utilisateur dans tous ses autres navigateurs. Un stockage sans état peut mettre fin à toutes les sessions d’un utilisateur, jamais à une seule. Deux requêtes à la fois répondent chacune avec un cookie entier, et le navigateur garde celui qui arrive en dernier : l’une des deux modifications est perdue (la dernière écriture gagne).",
    endingServer:
      "La déconnexion supprime la session stockée : une copie du cookie désigne quelque chose qui n’existe plus, et les autres sessions de l’utilisateur continuent. Deux requêtes à la fois comptent toutes les deux : la modification de chacune s’applique à la session telle qu’elle est stockée à cet instant, de façon atomique ({how}), si bien que cinquante « ajouter au panier » simultanés ajoutent cinquante articles.",
    atomicWrite: {
      database: "un UPDATE qui n’écrit que si la ligne contient toujours ce qui a été lu, recommencé en cas de conflit",
      redis: "un script Lua qui n’écrit que si la clé contient toujours ce qui a été lu, recommencé en cas de conflit",
      file: "un fichier verrou par session, donc un seul écrivain à la fois, puis un fichier temporaire renommé par-dessus l’ancien",
      memcached: "gets et cas : Memcached refuse l’écriture si quelqu’un a écrit depuis la lecture, et le stockage relit",
    },
    secretNote: "Le secret lui-même n’est jamais affiché : qui le connaît peut forger n’importe quelle session.",
    seeHistory: "Chaque visite est enregistrée par le proxy : voir la leçon « {link} ».",
    historyLink: "Historique des visites",
  },
};
