const templates = {
  'order-shipped': ({ orderId }) => `Your order ${orderId} is on its way.`,
  'password-reset': ({ link }) => `Reset your password: ${link}`,
};

function render(name, data) {
  const template = templates[name];
  if (!template) throw new Error(`unknown template ${name}`);
  return template(data);
}

module.exports = { render };
