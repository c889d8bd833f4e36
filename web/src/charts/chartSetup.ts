import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// Only the parts a bar chart uses: imported by name here, this module is all of Chart.js the
// timeline chunk carries (the whole library is about three times as large).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
