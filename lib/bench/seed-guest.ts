/** A realistic key guest for the benchmark: full preferences, a year of stays, a score. */
export async function seedBenchGuest(baseUrl: string, apiKey: string): Promise<string> {
  const guestId = 'bench-guest';
  const headers = { 'x-api-key': apiKey, 'content-type': 'application/json' };
  const put = async (path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`seeding ${path}: ${response.status}`);
  };
  await put(`/v1/guests/${guestId}`, {
    name: 'Bench Guest',
    email: 'bench@example.com',
    birthday: '1980-03-11',
    accountManagerId: 'am-1',
    segment: 'corporate',
    preferences: {
      room: { floor: 'high', bed: 'king', quiet: true },
      dining: { dietary: ['halal'], allergies: ['peanut'] },
      gifts: { likes: ['tea'], dislikes: ['flowers'] },
      transport: { airportPickup: true },
    },
  });
  for (let month = 1; month <= 12; month += 1) {
    const m = String(month).padStart(2, '0');
    await put(`/v1/guests/${guestId}/stays/s${m}`, {
      propertyId: 'sh-bund',
      checkIn: `2026-${m}-05`,
      checkOut: `2026-${m}-08`,
      status: 'completed',
      roomType: 'executive',
      revenue: { room: 6000, fnb: 1500 },
      cost: 3000,
      currency: 'CNY',
      giftGiven: month === 12 ? 'tea-set' : undefined,
    });
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await fetch(`${baseUrl}/v1/guests/${guestId}/score`, { headers });
    if (response.ok) return guestId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the benchmark guest was never scored');
}
