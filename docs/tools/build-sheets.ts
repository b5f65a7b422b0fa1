import { buildSheets } from "./sheetsBuild.js";

// npm run build:sheets — the Excel add-in in dist/excel, the Apps Script files in dist/sheets.
const { excelDir, sheetsDir, excelZip, sheetsZip } = await buildSheets({ baseUrl: process.env.SHEETS_BASE_URL });
console.log(`wrote ${excelDir} and ${sheetsDir}\nrelease: ${excelZip}\n         ${sheetsZip}`);
