// Warp 1.19.0 cpu code for eval_particle_contacts_88b7df7b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_eval_particle_contacts_d82bf323 {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> particle_radius;
    wp::float32 particle_max_radius;
    wp::float32 contact_ke;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void eval_particle_contacts_d82bf323_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_particle_contacts_d82bf323 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_particle_max_radius = _wp_args->particle_max_radius;
    wp::float32 var_contact_ke = _wp_args->contact_ke;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = -1;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    bool var_17;
    const wp::float32 var_18 = INFINITY;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // forward
    // def eval_particle_contacts(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // x_i = particle_x[tid]                                                                  <L 14>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r_i = particle_radius[tid]                                                             <L 15>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // reach = r_i + particle_max_radius                                                      <L 18>
    var_7 = wp::add(var_5, var_particle_max_radius);
    // query = wp.bvh_query_aabb(bvh_id, x_i - wp.vec3(reach), x_i + wp.vec3(reach))          <L 19>
    var_8 = wp::vec_t<3, wp::float32>(var_7);
    var_9 = wp::sub(var_2, var_8);
    var_10 = wp::vec_t<3, wp::float32>(var_7);
    var_11 = wp::add(var_2, var_10);
    var_12 = wp::bvh_query_aabb(var_bvh_id, var_9, var_11, var_13);
    // f = wp.vec3()                                                                          <L 20>
    var_14 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 21>
    var_16 = wp::int(var_15);
    // while wp.bvh_query_next(query, index):                                                 <L 22>
    start_while_0:;
    var_17 = wp::bvh_query_next(var_12, var_16, var_18);
    if ((var_17) == false) goto end_while_0;
        // if index == tid:                                                                   <L 23>
        var_19 = (var_16 == var_0);
        if (var_19) {
            // continue                                                                       <L 24>
            goto start_while_0;
        }
        // d = x_i - particle_x[index]                                                        <L 25>
        var_20 = wp::address(var_particle_x, var_16);
        var_22 = wp::load(var_20);
        var_21 = wp::sub(var_2, var_22);
        // touch = r_i + particle_radius[index]                                               <L 26>
        var_23 = wp::address(var_particle_radius, var_16);
        var_25 = wp::load(var_23);
        var_24 = wp::add(var_5, var_25);
        // dist = wp.length(d)                                                                <L 27>
        var_26 = wp::length(var_21);
        // overlap = touch - dist                                                             <L 28>
        var_27 = wp::sub(var_24, var_26);
        // if overlap <= 0.0 or dist == 0.0:                                                  <L 30>
        var_30 = (var_27 <= var_29);
        var_28 = var_30;
        if (!var_28) {
            var_32 = (var_26 == var_31);
            var_28 = var_28 || var_32;
        }
        if (var_28) {
            // continue                                                                       <L 31>
            goto start_while_0;
        }
        // n = d / dist                                                                       <L 32>
        var_33 = wp::div(var_21, var_26);
        // fn = contact_ke * overlap                                                          <L 33>
        var_34 = wp::mul(var_contact_ke, var_27);
        // f += n * fn                                                                        <L 34>
        var_35 = wp::mul(var_33, var_34);
        var_36 = wp::add(var_14, var_35);
        wp::assign(var_14, var_36);
    goto start_while_0;
    end_while_0:;
    // particle_f[tid] = f                                                                    <L 35>
    wp::array_store(var_particle_f, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void eval_particle_contacts_d82bf323_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args,
    wp_args_eval_particle_contacts_d82bf323 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_particle_contacts_d82bf323 wp_contiguous_args;
    wp_args_eval_particle_contacts_d82bf323 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_particle_max_radius = _wp_args->particle_max_radius;
    wp::float32 var_contact_ke = _wp_args->contact_ke;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::float32 adj_particle_max_radius = _wp_adj_args->particle_max_radius;
    wp::float32 adj_contact_ke = _wp_adj_args->contact_ke;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::bvh_query_t var_12;
    const wp::int32 var_13 = -1;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    bool var_17;
    const wp::float32 var_18 = INFINITY;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::bvh_query_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    //---------
    // forward
    // def eval_particle_contacts(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // x_i = particle_x[tid]                                                                  <L 14>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r_i = particle_radius[tid]                                                             <L 15>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // reach = r_i + particle_max_radius                                                      <L 18>
    var_7 = wp::add(var_5, var_particle_max_radius);
    // query = wp.bvh_query_aabb(bvh_id, x_i - wp.vec3(reach), x_i + wp.vec3(reach))          <L 19>
    var_8 = wp::vec_t<3, wp::float32>(var_7);
    var_9 = wp::sub(var_2, var_8);
    var_10 = wp::vec_t<3, wp::float32>(var_7);
    var_11 = wp::add(var_2, var_10);
    var_12 = wp::bvh_query_aabb(var_bvh_id, var_9, var_11, var_13);
    // f = wp.vec3()                                                                          <L 20>
    var_14 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 21>
    var_16 = wp::int(var_15);
    // while wp.bvh_query_next(query, index):                                                 <L 22>
    // particle_f[tid] = f                                                                    <L 35>
    // wp::array_store(var_particle_f, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_0, var_14, adj_particle_f, adj_0, adj_14);
    // adj: particle_f[tid] = f                                                               <L 35>
    start_while_0:;
    var_17 = wp::bvh_query_next(var_12, var_16, var_18);
    if ((var_17) == false) goto end_while_0;
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_30 = {};
    adj_31 = {};
    adj_32 = {};
    adj_33 = {};
    adj_34 = {};
    adj_35 = {};
    adj_36 = {};
        // if index == tid:                                                                   <L 23>
        var_19 = (var_16 == var_0);
        if (var_19) {
            // continue                                                                       <L 24>
            goto start_while_0;
        }
        // d = x_i - particle_x[index]                                                        <L 25>
        var_20 = wp::address(var_particle_x, var_16);
        var_22 = wp::load(var_20);
        var_21 = wp::sub(var_2, var_22);
        // touch = r_i + particle_radius[index]                                               <L 26>
        var_23 = wp::address(var_particle_radius, var_16);
        var_25 = wp::load(var_23);
        var_24 = wp::add(var_5, var_25);
        // dist = wp.length(d)                                                                <L 27>
        var_26 = wp::length(var_21);
        // overlap = touch - dist                                                             <L 28>
        var_27 = wp::sub(var_24, var_26);
        // if overlap <= 0.0 or dist == 0.0:                                                  <L 30>
        var_30 = (var_27 <= var_29);
        var_28 = var_30;
        if (!var_28) {
            var_32 = (var_26 == var_31);
            var_28 = var_28 || var_32;
        }
        if (var_28) {
            // continue                                                                       <L 31>
            goto start_while_0;
        }
        // n = d / dist                                                                       <L 32>
        var_33 = wp::div(var_21, var_26);
        // fn = contact_ke * overlap                                                          <L 33>
        var_34 = wp::mul(var_contact_ke, var_27);
        // f += n * fn                                                                        <L 34>
        var_35 = wp::mul(var_33, var_34);
        var_36 = wp::add(var_14, var_35);
        wp::assign(var_14, var_36);
        wp::adj_assign(var_14, var_36, adj_14, adj_36);
        wp::adj_add(var_14, var_35, adj_14, adj_35, adj_36);
        wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
        // adj: f += n * fn                                                                   <L 34>
        wp::adj_mul(var_contact_ke, var_27, adj_contact_ke, adj_27, adj_34);
        // adj: fn = contact_ke * overlap                                                     <L 33>
        wp::adj_div(var_21, var_26, adj_21, adj_26, adj_33);
        // adj: n = d / dist                                                                  <L 32>
        if (var_28) {
            // adj: continue                                                                  <L 31>
        }
        if (!var_28) {
        }
        // adj: if overlap <= 0.0 or dist == 0.0:                                             <L 30>
        wp::adj_sub(var_24, var_26, adj_24, adj_26, adj_27);
        // adj: overlap = touch - dist                                                        <L 28>
        wp::adj_length(var_21, var_26, adj_21, adj_26);
        // adj: dist = wp.length(d)                                                           <L 27>
        wp::adj_add(var_5, var_25, adj_5, adj_23, adj_24);
        wp::adj_address(var_particle_radius, var_16, adj_particle_radius, adj_16, adj_23);
        // adj: touch = r_i + particle_radius[index]                                          <L 26>
        wp::adj_sub(var_2, var_22, adj_2, adj_20, adj_21);
        wp::adj_address(var_particle_x, var_16, adj_particle_x, adj_16, adj_20);
        // adj: d = x_i - particle_x[index]                                                   <L 25>
        if (var_19) {
            // adj: continue                                                                  <L 24>
        }
        // adj: if index == tid:                                                              <L 23>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, index):                                            <L 22>
    // adj: index = int(0)                                                                    <L 21>
    // adj: f = wp.vec3()                                                                     <L 20>
    wp::adj_add(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_vec_t(var_7, adj_7, adj_10);
    wp::adj_sub(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_vec_t(var_7, adj_7, adj_8);
    // adj: query = wp.bvh_query_aabb(bvh_id, x_i - wp.vec3(reach), x_i + wp.vec3(reach))     <L 19>
    wp::adj_add(var_5, var_particle_max_radius, adj_5, adj_particle_max_radius, adj_7);
    // adj: reach = r_i + particle_max_radius                                                 <L 18>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_4);
    // adj: r_i = particle_radius[tid]                                                        <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: x_i = particle_x[tid]                                                             <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def eval_particle_contacts(                                                       <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_particle_contacts_d82bf323_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_particle_contacts_d82bf323_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_particle_contacts_d82bf323_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        eval_particle_contacts_d82bf323_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_particle_contacts_d82bf323_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_particle_contacts_d82bf323_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args)
{
    eval_particle_contacts_d82bf323_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_particle_contacts_d82bf323_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args,
    wp_args_eval_particle_contacts_d82bf323 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_particle_contacts_d82bf323_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_particle_contacts_d82bf323_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args,
    wp_args_eval_particle_contacts_d82bf323 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        eval_particle_contacts_d82bf323_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_particle_contacts_d82bf323_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_particle_contacts_d82bf323_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_particle_contacts_d82bf323 *_wp_args,
    wp_args_eval_particle_contacts_d82bf323 *_wp_adj_args)
{
    eval_particle_contacts_d82bf323_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

