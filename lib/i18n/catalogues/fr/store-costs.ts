import type { CatalogueShape } from "../../format";
import type { storeCosts as english } from "../en/store-costs";

export const storeCosts: CatalogueShape<typeof english> = {
  storeCost: {
    title: "Ce que coûte ce stockage",
    notMeasured: "Pas encore mesuré : lancez {command}.",
    notThisStore: "La dernière exécution de {command} n’a pas mesuré ce stockage ({store}) : relancez-la avec son serveur démarré.",
    measured: "Mesuré par {command} sur une machine à {cores} cœurs le {time} : une route de test avec et sans la session, sous la même charge.",
    read: "Lire la session",
    write: "L’enregistrer une fois",
    layer: "La couche session seule",
    perRequest: "{us} µs par requête ({ratio}× les requêtes par seconde)",
    withinNoise: "dans le bruit de mesure ({ratio}× les requêtes par seconde)",
    waitingFloor: "La lecture de ce stockage attend son serveur, et Next.js sert une requête qui attend une fois avec moins de CPU qu'une requête qui n'attend pas : la lecture est comptée à partir d'une route qui attend elle aussi une fois, pas de la route nue.",
    perCall: "chargement {load} µs, enregistrement {save} µs par appel",
  },
};
