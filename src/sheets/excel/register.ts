import { associateAll } from "./functions.js";

// The bundle entry: registers every function with Excel when the add-in loads.
associateAll();
