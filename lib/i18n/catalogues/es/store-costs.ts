import type { CatalogueShape } from "../../format";
import type { storeCosts as english } from "../en/store-costs";

export const storeCosts: CatalogueShape<typeof english> = {
  storeCost: {
    title: "Lo que cuesta este almacén",
    notMeasured: "Aún sin medir: ejecuta {command}.",
    notThisStore: "La última ejecución de {command} no midió este almacén ({store}): ejecútalo con su servidor en marcha.",
    measured: "Medido con {command} en una máquina de {cores} núcleos el {time}: una ruta de prueba con y sin la sesión, con la misma carga.",
    read: "Leer la sesión",
    write: "Guardarla una vez",
    layer: "La capa de sesión sola",
    perRequest: "{us} µs por petición ({ratio}× las peticiones por segundo)",
    withinNoise: "dentro del ruido ({ratio}× las peticiones por segundo)",
    waitingFloor: "La lectura de este almacén espera a su servidor, y Next.js atiende una petición que espera una vez con menos CPU que una que no espera: la lectura se cuenta desde una ruta que también espera una vez, no desde la ruta sin más.",
    perCall: "cargar {load} µs, guardar {save} µs por llamada",
  },
};
