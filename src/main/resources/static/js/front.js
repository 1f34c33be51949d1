// The front's chosen stories, rearranged in the page before saving: dragged by their handle (pointer events, so a
// mouse, a pen and a finger alike), or moved with the arrow keys while the handle has focus. Each move renumbers the
// slots' fields and position numbers, so that the form posts them in their new order; without this script the page's
// Up and Down buttons and position fields do the same on the server.
(() => {
  const list = document.querySelector('[data-front-slots]');
  if (!list) {
    return;
  }
  const announce = document.querySelector('[data-front-announce]');
  const slots = () => Array.from(list.querySelectorAll('[data-slot]'));

  const renumber = () => {
    slots().forEach((slot, index) => {
      slot.querySelectorAll('[name^="slots["]').forEach((field) => {
        field.name = field.name.replace(/^slots\[\d+\]/, `slots[${index}]`);
      });
      slot.querySelector('[data-position]').value = String(index + 1);
      slot.querySelector('[data-role]').textContent = index === 0 ? 'Lead' : `Top story ${index}`;
      slot.querySelectorAll('button[name="up"], button[name="down"], button[name="remove"]').forEach((button) => {
        button.value = String(index);
      });
    });
  };

  const say = (slot) => {
    const all = slots();
    const place = all.indexOf(slot);
    const headline = slot.querySelector('.front-slot__headline').textContent;
    announce.textContent = `${headline}: ${place === 0 ? 'lead' : `top story ${place}`}, ${place + 1} of ${all.length}. Save or publish to keep it.`;
  };

  const moved = (slot, handle) => {
    renumber();
    say(slot);
    handle.focus();
  };

  slots().forEach((slot) => {
    const handle = slot.querySelector('[data-handle]');
    handle.hidden = false;

    handle.addEventListener('keydown', (event) => {
      const all = slots();
      const index = all.indexOf(slot);
      let target = null;
      if (event.key === 'ArrowUp' && index > 0) {
        target = () => list.insertBefore(slot, all[index - 1]);
      } else if (event.key === 'ArrowDown' && index < all.length - 1) {
        target = () => list.insertBefore(all[index + 1], slot);
      } else if (event.key === 'Home' && index > 0) {
        target = () => list.insertBefore(slot, all[0]);
      } else if (event.key === 'End' && index < all.length - 1) {
        target = () => list.appendChild(slot);
      }
      if (target) {
        event.preventDefault();
        target();
        moved(slot, handle);
      }
    });

    handle.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) {
        return;
      }
      event.preventDefault();
      // Followed on the document, not captured by the handle: moving the slot in the page takes the handle out of
      // it for a moment, which ends a pointer capture, and the release would then be missed.
      slot.classList.add('front-slot--dragging');
      const follow = (move) => {
        if (move.pointerId !== event.pointerId) {
          return;
        }
        // The slot goes before the first other slot whose middle is below the pointer, else to the end.
        const others = slots().filter((other) => other !== slot);
        const below = others.find((other) => {
          const box = other.getBoundingClientRect();
          return move.clientY < box.top + box.height / 2;
        });
        if (below) {
          if (slot.nextElementSibling !== below) {
            list.insertBefore(slot, below);
          }
        } else if (list.lastElementChild !== slot) {
          list.appendChild(slot);
        }
      };
      const drop = (up) => {
        if (up.pointerId !== event.pointerId) {
          return;
        }
        document.removeEventListener('pointermove', follow);
        document.removeEventListener('pointerup', drop);
        document.removeEventListener('pointercancel', drop);
        slot.classList.remove('front-slot--dragging');
        moved(slot, handle);
      };
      document.addEventListener('pointermove', follow);
      document.addEventListener('pointerup', drop);
      document.addEventListener('pointercancel', drop);
    });
  });
})();
