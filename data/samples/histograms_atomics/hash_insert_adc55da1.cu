// Warp 1.19.0 cuda code for hash_insert_adc55da1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void hash_insert_0558abc1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::float32> var_totals)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 8;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        bool var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def hash_insert(                                                                       <L 9>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // key_i = keys[tid]                                                                      <L 17>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // value = weights[tid]                                                                   <L 18>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // capacity = slots.shape[0]                                                              <L 19>
        var_7 = &(var_slots.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // home = key_i % capacity                                                                <L 20>
        var_11 = wp::mod(var_2, var_9);
        // for probe in range(MAX_PROBES):                                                        <L 21>
        var_13 = wp::range(var_12);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // slot = (home + probe) % capacity                                                   <L 22>
            var_15 = wp::add(var_11, var_14);
            var_16 = wp::mod(var_15, var_9);
            // prev = wp.atomic_cas(slots, slot, EMPTY, key_i)                                    <L 23>
            var_18 = wp::atomic_cas(var_slots, var_16, var_17, var_2);
            // if prev == EMPTY or prev == key_i:                                                 <L 24>
            var_20 = (var_18 == var_17);
            var_19 = var_20;
            if (!var_19) {
                var_21 = (var_18 == var_2);
                var_19 = var_19 || var_21;
            }
            if (var_19) {
                // wp.atomic_add(totals, slot, value)                                             <L 25>
                var_22 = wp::atomic_add(var_totals, var_16, var_5);
                // break                                                                          <L 26>
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void hash_insert_0558abc1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::float32> var_totals,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::int32> adj_slots,
    wp::array_t<wp::float32> adj_totals)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 8;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        bool var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def hash_insert(                                                                       <L 9>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // key_i = keys[tid]                                                                      <L 17>
        var_1 = wp::address(var_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // value = weights[tid]                                                                   <L 18>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // capacity = slots.shape[0]                                                              <L 19>
        var_7 = &(var_slots.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // home = key_i % capacity                                                                <L 20>
        var_11 = wp::mod(var_2, var_9);
        // for probe in range(MAX_PROBES):                                                        <L 21>
        var_13 = wp::range(var_12);
        //---------
        // reverse
        var_13 = wp::iter_reverse(var_13);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
            // slot = (home + probe) % capacity                                                   <L 22>
            var_15 = wp::add(var_11, var_14);
            var_16 = wp::mod(var_15, var_9);
            // prev = wp.atomic_cas(slots, slot, EMPTY, key_i)                                    <L 23>
            // var_18 = wp::atomic_cas(var_slots, var_16, var_17, var_2);
            // if prev == EMPTY or prev == key_i:                                                 <L 24>
            var_20 = (var_18 == var_17);
            var_19 = var_20;
            if (!var_19) {
                var_21 = (var_18 == var_2);
                var_19 = var_19 || var_21;
            }
            if (var_19) {
                // wp.atomic_add(totals, slot, value)                                             <L 25>
                // var_22 = wp::atomic_add(var_totals, var_16, var_5);
                // break                                                                          <L 26>
                goto end_for_0;
            }
            if (var_19) {
                // adj: break                                                                     <L 26>
                wp::adj_atomic_add(var_totals, var_16, var_5, adj_totals, adj_16, adj_5, adj_22);
                // adj: wp.atomic_add(totals, slot, value)                                        <L 25>
            }
            if (!var_19) {
            }
            // adj: if prev == EMPTY or prev == key_i:                                            <L 24>
            // adj: prev = wp.atomic_cas(slots, slot, EMPTY, key_i)                               <L 23>
            wp::adj_mod(var_15, var_9, adj_15, adj_9, adj_16);
            wp::adj_add(var_11, var_14, adj_11, adj_14, adj_15);
            // adj: slot = (home + probe) % capacity                                              <L 22>
        	goto start_for_0;
        end_for_0:;
        // adj: for probe in range(MAX_PROBES):                                                   <L 21>
        wp::adj_mod(var_2, var_9, adj_2, adj_9, adj_11);
        // adj: home = key_i % capacity                                                           <L 20>
        adj_slots.shape = adj_7;
        // adj: capacity = slots.shape[0]                                                         <L 19>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: value = weights[tid]                                                              <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
        // adj: key_i = keys[tid]                                                                 <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def hash_insert(                                                                  <L 9>
        continue;
    }
}

