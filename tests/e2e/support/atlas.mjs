// Page object for the atlas: named handles on what specs look at, by data-testid.
export class Atlas {
  constructor(page) {
    this.page = page;
    this.surveyChart = page.getByTestId('survey-chart');
    this.categoryChart = page.getByTestId('category-chart');
    this.surveyCard = page.getByTestId('survey-card');
    this.categoryCard = page.getByTestId('category-card');
  }

  async open(query = '') {
    await this.page.goto(`./${query}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  figure(id) {
    return this.page.getByTestId(id);
  }
}
