// Warp 1.19.0 cuda code for insert_keys_08ff16bb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void insert_keys_9115bd5c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_keys,
    wp::array_t<wp::float32> var_item_values,
    wp::array_t<wp::int32> var_table_keys,
    wp::array_t<wp::float32> var_bucket_sums)
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
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 8;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = -1;
        wp::int32 var_21;
        bool var_22;
        bool var_23;
        bool var_24;
        wp::float32 var_25;
        //---------
        // forward
        // def insert_keys(                                                                       <L 9>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // key_cur = item_keys[tid]                                                               <L 16>
        var_1 = wp::address(var_item_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // value = item_values[tid]                                                               <L 17>
        var_4 = wp::address(var_item_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // capacity = table_keys.shape[0]                                                         <L 18>
        var_7 = &(var_table_keys.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // home = key_cur & (capacity - 1)                                                        <L 19>
        var_12 = wp::sub(var_9, var_11);
        var_13 = wp::bit_and(var_2, var_12);
        // for probe in range(MAX_PROBES):                                                        <L 20>
        var_15 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // slot = (home + probe * probe) % capacity                                           <L 21>
            var_17 = wp::mul(var_16, var_16);
            var_18 = wp::add(var_13, var_17);
            var_19 = wp::mod(var_18, var_9);
            // prev = wp.atomic_cas(table_keys, slot, EMPTY, key_cur)                             <L 22>
            var_21 = wp::atomic_cas(var_table_keys, var_19, var_20, var_2);
            // if prev == EMPTY or prev == key_cur:                                               <L 23>
            var_23 = (var_21 == var_20);
            var_22 = var_23;
            if (!var_22) {
                var_24 = (var_21 == var_2);
                var_22 = var_22 || var_24;
            }
            if (var_22) {
                // wp.atomic_add(bucket_sums, slot, value)                                        <L 24>
                var_25 = wp::atomic_add(var_bucket_sums, var_19, var_5);
                // break                                                                          <L 25>
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void insert_keys_9115bd5c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_keys,
    wp::array_t<wp::float32> var_item_values,
    wp::array_t<wp::int32> var_table_keys,
    wp::array_t<wp::float32> var_bucket_sums,
    wp::array_t<wp::int32> adj_item_keys,
    wp::array_t<wp::float32> adj_item_values,
    wp::array_t<wp::int32> adj_table_keys,
    wp::array_t<wp::float32> adj_bucket_sums)
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
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 8;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = -1;
        wp::int32 var_21;
        bool var_22;
        bool var_23;
        bool var_24;
        wp::float32 var_25;
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
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        //---------
        // forward
        // def insert_keys(                                                                       <L 9>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // key_cur = item_keys[tid]                                                               <L 16>
        var_1 = wp::address(var_item_keys, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // value = item_values[tid]                                                               <L 17>
        var_4 = wp::address(var_item_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // capacity = table_keys.shape[0]                                                         <L 18>
        var_7 = &(var_table_keys.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // home = key_cur & (capacity - 1)                                                        <L 19>
        var_12 = wp::sub(var_9, var_11);
        var_13 = wp::bit_and(var_2, var_12);
        // for probe in range(MAX_PROBES):                                                        <L 20>
        var_15 = wp::range(var_14);
        //---------
        // reverse
        var_15 = wp::iter_reverse(var_15);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // slot = (home + probe * probe) % capacity                                           <L 21>
            var_17 = wp::mul(var_16, var_16);
            var_18 = wp::add(var_13, var_17);
            var_19 = wp::mod(var_18, var_9);
            // prev = wp.atomic_cas(table_keys, slot, EMPTY, key_cur)                             <L 22>
            // var_21 = wp::atomic_cas(var_table_keys, var_19, var_20, var_2);
            // if prev == EMPTY or prev == key_cur:                                               <L 23>
            var_23 = (var_21 == var_20);
            var_22 = var_23;
            if (!var_22) {
                var_24 = (var_21 == var_2);
                var_22 = var_22 || var_24;
            }
            if (var_22) {
                // wp.atomic_add(bucket_sums, slot, value)                                        <L 24>
                // var_25 = wp::atomic_add(var_bucket_sums, var_19, var_5);
                // break                                                                          <L 25>
                goto end_for_0;
            }
            if (var_22) {
                // adj: break                                                                     <L 25>
                wp::adj_atomic_add(var_bucket_sums, var_19, var_5, adj_bucket_sums, adj_19, adj_5, adj_25);
                // adj: wp.atomic_add(bucket_sums, slot, value)                                   <L 24>
            }
            if (!var_22) {
            }
            // adj: if prev == EMPTY or prev == key_cur:                                          <L 23>
            // adj: prev = wp.atomic_cas(table_keys, slot, EMPTY, key_cur)                        <L 22>
            wp::adj_mod(var_18, var_9, adj_18, adj_9, adj_19);
            wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
            wp::adj_mul(var_16, var_16, adj_16, adj_16, adj_17);
            // adj: slot = (home + probe * probe) % capacity                                      <L 21>
        	goto start_for_0;
        end_for_0:;
        // adj: for probe in range(MAX_PROBES):                                                   <L 20>
        wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: home = key_cur & (capacity - 1)                                                   <L 19>
        adj_table_keys.shape = adj_7;
        // adj: capacity = table_keys.shape[0]                                                    <L 18>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_item_values, var_0, adj_item_values, adj_0, adj_4);
        // adj: value = item_values[tid]                                                          <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_item_keys, var_0, adj_item_keys, adj_0, adj_1);
        // adj: key_cur = item_keys[tid]                                                          <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def insert_keys(                                                                  <L 9>
        continue;
    }
}

