// Warp 1.19.0 cuda code for count_keys_be656606.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_keys_4036b600_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::int32> var_entry_index)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        wp::int32 var_15;
        bool var_16;
        bool var_17;
        bool var_18;
        //---------
        // forward
        // def count_keys(keys: wp.array[int], slots: wp.array[int], entry_index: wp.array[int]):       <L 8>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // key = keys[tid]                                                                        <L 11>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // capacity = slots.shape[0]                                                              <L 12>
        var_4 = &(var_slots.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // home = key % capacity                                                                  <L 13>
        var_8 = wp::mod(var_2, var_6);
        // for probe in range(capacity):                                                          <L 14>
        var_9 = wp::range(var_6);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // slot = (home + probe * probe) % capacity                                           <L 16>
            var_11 = wp::mul(var_10, var_10);
            var_12 = wp::add(var_8, var_11);
            var_13 = wp::mod(var_12, var_6);
            // prev = wp.atomic_cas(slots, slot, EMPTY, key)                                      <L 17>
            var_15 = wp::atomic_cas(var_slots, var_13, var_14, var_2);
            // if prev == EMPTY or prev == key:                                                   <L 18>
            var_17 = (var_15 == var_14);
            var_16 = var_17;
            if (!var_16) {
                var_18 = (var_15 == var_2);
                var_16 = var_16 || var_18;
            }
            if (var_16) {
                // entry_index[tid] = slot                                                        <L 19>
                wp::array_store(var_entry_index, var_0, var_13);
                // break                                                                          <L 20>
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void count_keys_4036b600_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::int32> var_entry_index,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::int32> adj_slots,
    wp::array_t<wp::int32> adj_entry_index)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        wp::int32 var_15;
        bool var_16;
        bool var_17;
        bool var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        bool adj_17 = {};
        bool adj_18 = {};
        //---------
        // forward
        // def count_keys(keys: wp.array[int], slots: wp.array[int], entry_index: wp.array[int]):       <L 8>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // key = keys[tid]                                                                        <L 11>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // capacity = slots.shape[0]                                                              <L 12>
        var_4 = &(var_slots.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // home = key % capacity                                                                  <L 13>
        var_8 = wp::mod(var_2, var_6);
        // for probe in range(capacity):                                                          <L 14>
        var_9 = wp::range(var_6);
        //---------
        // reverse
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
            // slot = (home + probe * probe) % capacity                                           <L 16>
            var_11 = wp::mul(var_10, var_10);
            var_12 = wp::add(var_8, var_11);
            var_13 = wp::mod(var_12, var_6);
            // prev = wp.atomic_cas(slots, slot, EMPTY, key)                                      <L 17>
            // var_15 = wp::atomic_cas(var_slots, var_13, var_14, var_2);
            // if prev == EMPTY or prev == key:                                                   <L 18>
            var_17 = (var_15 == var_14);
            var_16 = var_17;
            if (!var_16) {
                var_18 = (var_15 == var_2);
                var_16 = var_16 || var_18;
            }
            if (var_16) {
                // entry_index[tid] = slot                                                        <L 19>
                // wp::array_store(var_entry_index, var_0, var_13);
                // break                                                                          <L 20>
                goto end_for_0;
            }
            if (var_16) {
                // adj: break                                                                     <L 20>
                wp::adj_array_store(var_entry_index, var_0, var_13, adj_entry_index, adj_0, adj_13);
                // adj: entry_index[tid] = slot                                                   <L 19>
            }
            if (!var_16) {
            }
            // adj: if prev == EMPTY or prev == key:                                              <L 18>
            // adj: prev = wp.atomic_cas(slots, slot, EMPTY, key)                                 <L 17>
            wp::adj_mod(var_12, var_6, adj_12, adj_6, adj_13);
            wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
            wp::adj_mul(var_10, var_10, adj_10, adj_10, adj_11);
            // adj: slot = (home + probe * probe) % capacity                                      <L 16>
        	goto start_for_0;
        end_for_0:;
        // adj: for probe in range(capacity):                                                     <L 14>
        wp::adj_mod(var_2, var_6, adj_2, adj_6, adj_8);
        // adj: home = key % capacity                                                             <L 13>
        adj_slots.shape = adj_4;
        // adj: capacity = slots.shape[0]                                                         <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: key = keys[tid]                                                                   <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def count_keys(keys: wp.array[int], slots: wp.array[int], entry_index: wp.array[int]):  <L 8>
        continue;
    }
}

