// Warp 1.19.0 cuda code for count_keys_44667108.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_keys_3e23898c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::int32> var_item_slots)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        bool var_19;
        wp::int32* var_20;
        bool var_21;
        wp::int32 var_22;
        //---------
        // forward
        // def count_keys(                                                                        <L 9>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // capacity = slots.shape[0]                                                              <L 15>
        var_1 = &(var_slots.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // home = keys[tid] % capacity                                                            <L 16>
        var_5 = wp::address(var_keys, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mod(var_7, var_3);
        // for probe in range(MAX_PROBES):                                                        <L 17>
        var_9 = wp::range(var_8);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // slot = (home + probe * probe) % capacity                                           <L 18>
            var_11 = wp::mul(var_10, var_10);
            var_12 = wp::add(var_6, var_11);
            var_13 = wp::mod(var_12, var_3);
            // prev = wp.atomic_cas(slots, slot, EMPTY, keys[tid])                                <L 19>
            var_15 = wp::address(var_keys, var_0);
            var_17 = wp::load(var_15);
            var_16 = wp::atomic_cas(var_slots, var_13, var_14, var_17);
            // if prev == EMPTY or prev == keys[tid]:                                             <L 20>
            var_19 = (var_16 == var_14);
            var_18 = var_19;
            if (!var_18) {
                var_20 = wp::address(var_keys, var_0);
                var_22 = wp::load(var_20);
                var_21 = (var_16 == var_22);
                var_18 = var_18 || var_21;
            }
            if (var_18) {
                // item_slots[tid] = slot                                                         <L 21>
                wp::array_store(var_item_slots, var_0, var_13);
                // break                                                                          <L 22>
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void count_keys_3e23898c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::int32> var_item_slots,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::int32> adj_slots,
    wp::array_t<wp::int32> adj_item_slots)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = -1;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        bool var_19;
        wp::int32* var_20;
        bool var_21;
        wp::int32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def count_keys(                                                                        <L 9>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // capacity = slots.shape[0]                                                              <L 15>
        var_1 = &(var_slots.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // home = keys[tid] % capacity                                                            <L 16>
        var_5 = wp::address(var_keys, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mod(var_7, var_3);
        // for probe in range(MAX_PROBES):                                                        <L 17>
        var_9 = wp::range(var_8);
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
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
            // slot = (home + probe * probe) % capacity                                           <L 18>
            var_11 = wp::mul(var_10, var_10);
            var_12 = wp::add(var_6, var_11);
            var_13 = wp::mod(var_12, var_3);
            // prev = wp.atomic_cas(slots, slot, EMPTY, keys[tid])                                <L 19>
            var_15 = wp::address(var_keys, var_0);
            var_17 = wp::load(var_15);
            // var_16 = wp::atomic_cas(var_slots, var_13, var_14, var_17);
            // if prev == EMPTY or prev == keys[tid]:                                             <L 20>
            var_19 = (var_16 == var_14);
            var_18 = var_19;
            if (!var_18) {
                var_20 = wp::address(var_keys, var_0);
                var_22 = wp::load(var_20);
                var_21 = (var_16 == var_22);
                var_18 = var_18 || var_21;
            }
            if (var_18) {
                // item_slots[tid] = slot                                                         <L 21>
                // wp::array_store(var_item_slots, var_0, var_13);
                // break                                                                          <L 22>
                goto end_for_0;
            }
            if (var_18) {
                // adj: break                                                                     <L 22>
                wp::adj_array_store(var_item_slots, var_0, var_13, adj_item_slots, adj_0, adj_13);
                // adj: item_slots[tid] = slot                                                    <L 21>
            }
            if (!var_18) {
                wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_20);
            }
            // adj: if prev == EMPTY or prev == keys[tid]:                                        <L 20>
            wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_15);
            // adj: prev = wp.atomic_cas(slots, slot, EMPTY, keys[tid])                           <L 19>
            wp::adj_mod(var_12, var_3, adj_12, adj_3, adj_13);
            wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
            wp::adj_mul(var_10, var_10, adj_10, adj_10, adj_11);
            // adj: slot = (home + probe * probe) % capacity                                      <L 18>
        	goto start_for_0;
        end_for_0:;
        // adj: for probe in range(MAX_PROBES):                                                   <L 17>
        wp::adj_mod(var_7, var_3, adj_5, adj_3, adj_6);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_5);
        // adj: home = keys[tid] % capacity                                                       <L 16>
        adj_slots.shape = adj_1;
        // adj: capacity = slots.shape[0]                                                         <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def count_keys(                                                                   <L 9>
        continue;
    }
}

